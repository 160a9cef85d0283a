/** Naming speakers in prompts and explanations. */
import { containsWords, nameParts } from './text';

/**
 * A role that describes the speaker: not a bare title ("Dr."), not a fragment ("But
 * Professor", "whose chairman"), not the name again.
 */
export function usableRole(role: string | null, name: string): role is string {
	if (!role || role.length > 120 || containsWords(role, name) || containsWords(name, role))
		return false;
	if (nameParts(name).some((p) => containsWords(role, p))) return false;
	if (/^(but|and|or|so|whose|who|which|while|as|its|his|her|their)\b/i.test(role)) return false;
	// "According to the team's coach" is where the words came from, not who the person is.
	if (/^(according to|of|for|from|to|with|by|in|on|at)\b/i.test(role)) return false;
	return !/^[\p{L}]{1,5}\.$/u.test(role.trim());
}

/** "Ana Silva (Mayor of Porto)"; just the name when there is no usable role. */
export function describe(name: string, role: string | null): string {
	return usableRole(role, name) ? `${name} (${role.replace(/^the\s+/i, '')})` : name;
}

/** A role as a match option: without a leading "the", first letter capitalised, no gender. */
export function roleLabel(role: string): string {
	// Beside "Nathalie" and "Bernard", "spokeswoman" would give the pair away.
	const bare = role
		.trim()
		.replace(/\bspokes(?:wo)?man\b/gi, 'spokesperson')
		.replace(/\bchair(?:wo)?man\b/gi, 'chair')
		.replace(/^the\s+/i, '');
	return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** How the article names a speaker in running text: "the European Union", but "Ana Silva". */
export function speakerPhrase(name: string, kind: string, body: string): string {
	if (kind === 'person' || /^the\s/i.test(name)) return name;
	return body.includes(`the ${name}`) ? `the ${name}` : name;
}
