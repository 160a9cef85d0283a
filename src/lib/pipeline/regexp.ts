/** Text to match literally inside a RegExp: every character RegExp gives a meaning is escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
