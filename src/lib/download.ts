/** Saves a file through the browser's download, as backups, CSVs, quiz files and exports are. */
export function downloadBlob(name: string, blob: Blob): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	// The download has started by then; the URL only needs to live that long.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Saves text as a file. */
export function downloadText(name: string, text: string, type: string): void {
	downloadBlob(name, new Blob([text], { type }));
}
