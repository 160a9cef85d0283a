import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { describeIssue } from './issues';

describe('where a backup is wrong, in one word', () => {
	it('quotes a key with a space or a colon, so the place stays readable and unambiguous', () => {
		const schema = v.object({ value: v.record(v.string(), v.object({ url: v.number() })) });
		const result = v.safeParse(schema, { value: { ' ': { url: 'x' }, 'a:b': { url: 1 } } });
		expect(result.success).toBe(false);
		const message = describeIssue(result.issues![0]);
		expect(message).toBe('value["\\u0020"].url: expected number, found "x"');
		expect(message.split(': ')[0]).not.toMatch(/\s/);
	});
});
