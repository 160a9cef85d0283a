/** Dates in content are YYYY, YYYY-MM or YYYY-MM-DD; show them as precisely as they are known. */
export function formatDate(value: string, locale = 'en-GB'): string {
	const [year, month, day] = value.split('-').map(Number);
	if (!year) return value;
	const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (month) options.month = 'long';
	if (day) options.day = 'numeric';
	return new Intl.DateTimeFormat(locale, options).format(date);
}

export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
