/** valibot issues as "where: what" messages, e.g. `answers[3].correct: expected boolean, found "yes"`. */
import type * as v from 'valibot';

export function describeIssue(issue: v.BaseIssue<unknown>): string {
	return `${issuePath(issue.path)}: ${issueText(issue)}`;
}

function issuePath(path: v.IssuePathItem[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[\p{L}\p{N}_$-]+$/u.test(String(key))) out += `${out ? '.' : ''}${String(key)}`;
		// A key with spaces or colons (a hostile file's " ") is quoted, so the path stays one word.
		else
			out += `[${JSON.stringify(String(key)).replace(/[\s:]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}]`;
	}
	return out || '(top level)';
}

function issueText(issue: v.BaseIssue<unknown>): string {
	// valibot reports a missing key as "expected <key name>, received undefined".
	if (issue.received === 'undefined') return 'missing';
	if (issue.kind === 'schema' && issue.expected) {
		return `expected ${issue.expected}, found ${shortened(issue.received)}`;
	}
	return issue.message;
}

/** A value quoted in a message stays short: a 5,000-character string would bury the point. */
function shortened(received: string): string {
	return received.length > 60 ? `${received.slice(0, 50)}…${received.slice(-1)}` : received;
}
