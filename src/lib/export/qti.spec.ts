import { readdirSync, readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { QuestionSet } from '$lib/pipeline/schema';
import { SET, TRICKY } from './fixture.testkit';
import { toQtiZip } from './qti';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false
});

// The official IMS schemas with everything they import, vendored so that libxml2 can check the
// package with no network (where they come from: tests/fixtures/qti-xsd/README.md).
const XSD_DIR = 'tests/fixtures/qti-xsd';
const xsds = readdirSync(XSD_DIR, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.xsd'))
	.map((fileName) => ({ fileName, contents: readFileSync(`${XSD_DIR}/${fileName}`, 'utf8') }));

/** xmllint's report, one line per message: just "<file> validates" for each file it passes. */
async function xmllint(xml: XMLFileInfo[], schema: string): Promise<string[]> {
	const result = await validateXML({
		xml,
		schema: xsds.find((x) => x.fileName === schema)!,
		preload: xsds.filter((x) => x.fileName !== schema)
	});
	return result.rawOutput.trim().split('\n');
}

// Every text field carries the characters XML must escape, and the title and id are odd too.
const tricky = (text: string) => `${text} ${TRICKY}`;
const TRICKY_SET: QuestionSet = {
	...SET,
	id: '0.tricky_set-9',
	title: TRICKY,
	items: SET.items.map((item) => ({
		...item,
		prompt: tricky(item.prompt),
		answer: item.format === 'number' ? item.answer : tricky(item.answer),
		options: item.options?.map(tricky),
		accept: item.accept?.map(tricky),
		unit: item.unit && tricky(item.unit),
		pairs: item.pairs?.map((p) => ({ left: tricky(p.left), right: tricky(p.right) })),
		sequence: item.sequence?.map(tricky)
	}))
};

describe('QTI 2.1 package against the IMS schemas', () => {
	it.each([
		['the fixture set', SET],
		['a set of escapes', TRICKY_SET]
	])('is valid for %s', async (_, set) => {
		const files = Object.entries(unzipSync((await toQtiZip(set)).data)).map(
			([fileName, bytes]) => ({ fileName, contents: strFromU8(bytes) })
		);
		const qti = files.filter((f) => f.fileName !== 'imsmanifest.xml');
		const manifest = files.filter((f) => f.fileName === 'imsmanifest.xml');
		// Comparing the whole report fails on any error or warning and prints libxml's messages.
		expect(await xmllint(qti, 'qtiv2p1/imsqti_v2p1.xsd')).toEqual(
			qti.map((f) => `${f.fileName} validates`)
		);
		// The QTI 2.1 profile of content packaging (qtiv2p1_imscpv1p2_v1p0.xsd) was not to be found
		// in the public repositories searched, so the manifest is checked against plain IMS CP 1.1,
		// which has the same namespace; the resource types the profile fixes are checked below.
		expect(await xmllint(manifest, 'imscp_v1p1.xsd')).toEqual(['imsmanifest.xml validates']);
	});
});

// What the schemas cannot see: hrefs that resolve inside the zip, and the right answers.
describe('QTI 2.1 package', async () => {
	const { data } = await toQtiZip(SET);
	const files = Object.fromEntries(
		Object.entries(unzipSync(data)).map(([k, v]) => [k, strFromU8(v)])
	);

	it('is a zip of well-formed XML files', () => {
		expect(Object.keys(files).sort()).toEqual([
			'assessment.xml',
			'imsmanifest.xml',
			...SET.items.map((_, i) => `items/item-${i + 1}.xml`)
		]);
		for (const [path, text] of Object.entries(files))
			expect(XMLValidator.validate(text), path).toBe(true);
	});

	it('has a manifest whose resources all point at files in the zip', () => {
		const manifest = parser.parse(files['imsmanifest.xml']!).manifest;
		expect(manifest.metadata.schema).toBe('QTIv2.1 Package');
		const resources = manifest.resources.resource as {
			type: string;
			href: string;
			file: { href: string };
		}[];
		expect(resources.filter((r) => r.type === 'imsqti_item_xmlv2p1')).toHaveLength(
			SET.items.length
		);
		expect(resources.filter((r) => r.type === 'imsqti_test_xmlv2p1')).toHaveLength(1);
		for (const r of resources) {
			expect(files[r.href], r.href).toBeDefined();
			expect(r.file.href).toBe(r.href);
		}
	});

	it('has the test list every item', () => {
		const test = parser.parse(files['assessment.xml']!).assessmentTest;
		expect(test.xmlns).toBe(NS);
		const refs = test.testPart.assessmentSection.assessmentItemRef as { href: string }[];
		expect(refs.map((r) => files[r.href.replace(/^/, '')] !== undefined)).toEqual(
			SET.items.map(() => true)
		);
	});

	it('gives each item the interaction of its format and its right answer', () => {
		const items = SET.items.map(
			(_, i) => parser.parse(files[`items/item-${i + 1}.xml`]!).assessmentItem
		);
		for (const item of items) {
			expect(item.xmlns).toBe(NS);
			expect(item.responseDeclaration.identifier).toBe('RESPONSE');
			expect(item.outcomeDeclaration.identifier).toBe('SCORE');
			expect(item.responseProcessing).toBeDefined();
		}
		const [choice, tf, number, text, match, order] = items;
		expect(choice.itemBody.choiceInteraction.prompt).toBe(`Who said ${TRICKY}?`);
		const right = choice.responseDeclaration.correctResponse.value;
		const chosen = choice.itemBody.choiceInteraction.simpleChoice.find(
			(c: { identifier: string }) => c.identifier === right
		);
		expect(chosen['#text']).toBe('Mayor Elena = Vasquez');
		expect(tf.itemBody.choiceInteraction.simpleChoice).toHaveLength(2);
		expect(number.responseDeclaration).toMatchObject({
			baseType: 'float',
			correctResponse: { value: '14' }
		});
		expect(number.responseProcessing.responseCondition.responseIf.equal.tolerance).toBe('0.5 0.5');
		expect(
			text.responseDeclaration.mapping.mapEntry.map((e: { mapKey: string }) => e.mapKey)
		).toEqual(['reader', 'readers']);
		expect(match.responseDeclaration.correctResponse.value).toEqual(['L1 R1', 'L2 R2', 'L3 R3']);
		expect(match.itemBody.matchInteraction.simpleMatchSet).toHaveLength(2);
		expect(order.responseDeclaration.cardinality).toBe('ordered');
		expect(
			order.itemBody.orderInteraction.simpleChoice.map((c: { '#text': string }) => c['#text'])
		).toEqual(SET.items[5]!.sequence);
	});
});
