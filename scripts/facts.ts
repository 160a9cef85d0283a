/** `npm run --silent facts -- <file> [--published YYYY-MM-DD]`: one JSON object of facts on stdout. */
import { readFileSync } from 'node:fs';
import { extractFacts } from '../src/lib/pipeline/extract/index';

function main(argv: string[]): number {
	const args = [...argv];
	const at = args.indexOf('--published');
	const published = at >= 0 ? args.splice(at, 2)[1] : undefined;
	const file = args.find((a) => !a.startsWith('--'));
	if (!file) {
		console.error('usage: npm run --silent facts -- <article.md|.txt> [--published YYYY-MM-DD]');
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (err) {
		console.error(`${file}: cannot read: ${err instanceof Error ? err.message : String(err)}`);
		return 1;
	}
	try {
		const f = extractFacts(text, published ? { published } : {});
		const out = {
			meta: f.meta,
			quotes: f.quotes.map((q) => ({
				speaker: q.speaker,
				role: q.role,
				text: q.text,
				direct: q.direct,
				kind: q.kind,
				cue: q.cue,
				sentence: q.sentence,
				start: q.start,
				end: q.end
			})),
			numbers: f.numbers.map((n) => ({
				value: n.value,
				unit: n.unit,
				qualifier: n.qualifier,
				what: n.what,
				text: n.text,
				sentence: n.sentence,
				start: n.start,
				end: n.end
			})),
			dates: f.dates.map((d) => ({
				when: d.when,
				what: d.what,
				text: d.text,
				sentence: d.sentence,
				start: d.start,
				end: d.end
			})),
			people: f.people.map((p) => ({
				name: p.name,
				role: p.role,
				gender: p.gender,
				mentions: p.mentions.length
			})),
			places: f.places.map((p) => ({ name: p.name, kind: p.kind })),
			warnings: f.warnings
		};
		for (const w of f.warnings) console.error(`${file}: warning: ${w}`);
		process.stdout.write(JSON.stringify(out, null, 1) + '\n');
		return 0;
	} catch (err) {
		console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
		return 1;
	}
}

process.exitCode = main(process.argv.slice(2));
