import type { OfflineStatus } from '$lib/pwa/storyFiles';

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

/**
 * What a card and a set page say of a story on the device. One only opened may be let go when
 * others are opened after it, so it is offline "for now"; "Keep offline" keeps it for good. Here
 * rather than beside the code that reads Cache Storage, which loads after the first paint.
 */
export function offlineLabel(status: OfflineStatus): string {
	return status === 'opened' ? 'Available offline for now' : 'Available offline';
}
