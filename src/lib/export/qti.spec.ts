import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SET, TRICKY } from './fixture.testkit';
import { toQtiZip } from './qti';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false
});

// No QTI 2.1 XSD can be had offline here, so the test checks what an importer requires: a
// manifest whose resources point at files in the zip, and items with a response declaration,
// a body holding the interaction and response processing, in the QTI 2.1 namespace.
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
