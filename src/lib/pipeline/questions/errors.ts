/** Bad content in questions/: the message names the file and the line, as an editor would. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly reason: string
	) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'ContentError';
	}
}
