/**
 * Checks a value of unknown shape (a setting read from a backup) before it goes to IndexedDB:
 * bounded nesting and size, because IndexedDB clones values recursively and a value nested a few
 * thousand levels deep overflows the stack there, after the import has begun; and no link that
 * could run script, because made and shared quizzes travel as settings and their source links
 * end up in an `href`.
 */
import { isSafeUrl } from '$lib/share/safeUrl';

export const MAX_VALUE_DEPTH = 40;
export const MAX_VALUE_NODES = 100_000;

/** Keys whose string values become links. */
const LINK_KEYS = new Set(['url', 'href']);

/** Null when the value is fine, else what is wrong and where, e.g. `value.set.sources[0].url: …`. */
export function storedValueProblem(value: unknown, path = 'value'): string | null {
	// Walked with an explicit stack, so a deep value cannot overflow this check either.
	const stack: { value: unknown; path: string; depth: number; key: string }[] = [
		{ value, path, depth: 0, key: '' }
	];
	let nodes = 0;
	while (stack.length) {
		const node = stack.pop()!;
		if (++nodes > MAX_VALUE_NODES) {
			return `${path}: too large (more than ${MAX_VALUE_NODES} values)`;
		}
		if (typeof node.value === 'string' && LINK_KEYS.has(node.key) && !isSafeUrl(node.value)) {
			return `${node.path}: not a web link (only http: and https: links are allowed)`;
		}
		if (node.value === null || typeof node.value !== 'object') continue;
		if (node.depth >= MAX_VALUE_DEPTH) {
			return `${node.path}: nested too deeply (more than ${MAX_VALUE_DEPTH} levels)`;
		}
		const entries = Array.isArray(node.value)
			? node.value.map((child, i) => [`[${i}]`, child, ''] as const)
			: Object.entries(node.value).map(([key, child]) => [`.${key}`, child, key] as const);
		for (const [step, child, key] of entries) {
			stack.push({ value: child, path: node.path + step, depth: node.depth + 1, key });
		}
	}
	return null;
}
