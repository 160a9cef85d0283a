/** Saves text as a file through the browser's download, as backups, CSVs and quiz files are. */
export function downloadText(name: string, text: string, type: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = name;
	link.click();
	// The download has started by then; the URL only needs to live that long.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
