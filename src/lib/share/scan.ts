/**
 * Reads a QR code from a photo. Phones open their camera for an image file input, so a teacher
 * "scans" a student's code by taking a picture of it; no camera permission or live video needed.
 * jsQR is loaded only when a photo is read.
 */
export async function readQrFromImage(image: Blob): Promise<string | null> {
	const { default: jsQR } = await import('jsqr');
	const bitmap = await createImageBitmap(image);
	// Phone photos are large; a QR code still reads well at this size and it keeps decoding fast.
	const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
	const width = Math.round(bitmap.width * scale);
	const height = Math.round(bitmap.height * scale);
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d');
	if (!context) return null;
	context.drawImage(bitmap, 0, 0, width, height);
	bitmap.close();
	const { data } = context.getImageData(0, 0, width, height);
	return jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
