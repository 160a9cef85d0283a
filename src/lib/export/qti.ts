/**
 * IMS QTI 2.1 content package: one assessmentItem file per question, an assessmentTest that
 * lists them, and imsmanifest.xml, zipped. VLEs that take QTI 2.1 (Moodle with the QTI plugin,
 * Canvas, Blackboard, TAO, Inspera) import the zip as a whole.
 */
import type { Item, QuestionSet } from '$lib/pipeline/schema';
import { note, type ExportNote } from './quiz';
import { escapeXml as x } from './xml';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const ROOT = `xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${XSD}"`;

const score = `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>`;
const template = (name: string) =>
	`<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/${name}"/>`;
const values = (list: string[]) => list.map((v) => `<value>${x(v)}</value>`).join('');

interface Parts {
	declaration: string;
	interaction: string;
	processing: string;
}

function parts(item: Item, index: number, notes: ExportNote[]): Parts {
	const prompt = `<prompt>${x(item.prompt)}</prompt>`;
	switch (item.format) {
		case 'choice': {
			const options = item.options ?? [];
			const id = (i: number) => `choice-${i + 1}`;
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${values([id(options.indexOf(item.answer))])}</correctResponse></responseDeclaration>`,
				interaction: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${prompt}${options
					.map((o, i) => `<simpleChoice identifier="${id(i)}">${x(o)}</simpleChoice>`)
					.join('')}</choiceInteraction>`,
				processing: template('match_correct')
			};
		}
		case 'number': {
			const t = item.tolerance ?? 0;
			const set = (v: number) =>
				`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${v}</baseValue></setOutcomeValue>`;
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${values([String(Number(item.answer))])}</correctResponse></responseDeclaration>`,
				interaction: `<p>${x(item.prompt)} <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${item.unit ? ` ${x(item.unit)}` : ''}</p>`,
				processing: `<responseProcessing><responseCondition><responseIf><equal toleranceMode="absolute" tolerance="${t} ${t}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>${set(1)}</responseIf><responseElse>${set(0)}</responseElse></responseCondition></responseProcessing>`
			};
		}
		case 'text': {
			const accepted = [item.answer, ...(item.accept ?? [])];
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${values([item.answer])}</correctResponse><mapping defaultValue="0">${accepted
					.map((a) => `<mapEntry mapKey="${x(a)}" mappedValue="1" caseSensitive="false"/>`)
					.join('')}</mapping></responseDeclaration>`,
				interaction: `<p>${x(item.prompt)} <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.min(60, item.answer.length + 10)}"/></p>`,
				processing: template('map_response')
			};
		}
		case 'match': {
			const pairs = item.pairs ?? [];
			const choice = (side: 'L' | 'R', text: string, i: number) =>
				`<simpleAssociableChoice identifier="${side}${i + 1}" matchMax="1">${x(text)}</simpleAssociableChoice>`;
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${values(pairs.map((_, i) => `L${i + 1} R${i + 1}`))}</correctResponse></responseDeclaration>`,
				interaction: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">${prompt}<simpleMatchSet>${pairs
					.map((p, i) => choice('L', p.left, i))
					.join('')}</simpleMatchSet><simpleMatchSet>${pairs
					.map((p, i) => choice('R', p.right, i))
					.join('')}</simpleMatchSet></matchInteraction>`,
				processing: template('match_correct')
			};
		}
		case 'order': {
			const events = item.sequence ?? [];
			if (events.length === 0) notes.push(note(item, index, 'an order question with no events'));
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${values(events.map((_, i) => `event-${i + 1}`))}</correctResponse></responseDeclaration>`,
				interaction: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${events
					.map((e, i) => `<simpleChoice identifier="event-${i + 1}">${x(e)}</simpleChoice>`)
					.join('')}</orderInteraction>`,
				processing: template('match_correct')
			};
		}
	}
}

export const itemId = (index: number) => `item-${index + 1}`;

/** One assessmentItem document. */
export function qtiItem(item: Item, index: number, notes: ExportNote[] = []): string {
	const p = parts(item, index, notes);
	// Text entry sits inline in a paragraph that already shows the prompt; block interactions
	// carry it in their own <prompt>.
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem ${ROOT} identifier="${itemId(index)}" title="${x(`${index + 1}. ${item.prompt}`.slice(0, 200))}" adaptive="false" timeDependent="false">
${p.declaration}
${score}
<itemBody>${p.interaction}</itemBody>
${p.processing}
</assessmentItem>
`;
}

export function qtiTest(set: QuestionSet): string {
	const refs = set.items
		.map((_, i) => `<assessmentItemRef identifier="${itemId(i)}" href="items/${itemId(i)}.xml"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest ${ROOT} identifier="test" title="${x(set.title)}">
<testPart identifier="part-1" navigationMode="nonlinear" submissionMode="simultaneous">
<assessmentSection identifier="section-1" title="${x(set.title)}" visible="true">
${refs}
</assessmentSection>
</testPart>
</assessmentTest>
`;
}

export function qtiManifest(set: QuestionSet): string {
	const cp = 'http://www.imsglobal.org/xsd/imscp_v1p1';
	const items = set.items
		.map(
			(_, i) =>
				`<resource identifier="${itemId(i)}" type="imsqti_item_xmlv2p1" href="items/${itemId(i)}.xml"><file href="items/${itemId(i)}.xml"/></resource>`
		)
		.join('\n');
	const deps = set.items.map((_, i) => `<dependency identifierref="${itemId(i)}"/>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${cp}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="factdeck-${x(set.id)}" xsi:schemaLocation="${cp} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">
<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>
<organizations/>
<resources>
<resource identifier="test" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${deps}</resource>
${items}
</resources>
</manifest>
`;
}

/** Every file of the package, by path, as text. */
export function qtiFiles(set: QuestionSet): { files: Record<string, string>; notes: ExportNote[] } {
	const notes: ExportNote[] = [];
	const files: Record<string, string> = {
		'imsmanifest.xml': qtiManifest(set),
		'assessment.xml': qtiTest(set)
	};
	set.items.forEach((item, i) => (files[`items/${itemId(i)}.xml`] = qtiItem(item, i, notes)));
	return { files, notes };
}

/** The zip. fflate loads only when a teacher asks for this file. */
export async function toQtiZip(
	set: QuestionSet
): Promise<{ data: Uint8Array; notes: ExportNote[] }> {
	const { zipSync, strToU8 } = await import('fflate');
	const { files, notes } = qtiFiles(set);
	const entries = Object.fromEntries(
		Object.entries(files).map(([path, text]) => [path, strToU8(text)])
	);
	return { data: zipSync(entries, { level: 6 }), notes };
}
