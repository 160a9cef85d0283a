/**
 * A teacher's tools offline. They are not precached (scripts/precache.js: a student never needs
 * the question worker, QR scanning or the exporters), but the service worker keeps every script
 * that loads through it. So the first time a teacher opens one of their pages with the service
 * worker in charge, every teacher page and tool is loaded once, and works offline from then on.
 */
import { preloadCode } from '$app/navigation';
import workerUrl from './create/questions.worker?worker&url';

const TEACHER_PAGES = [
	'/teach',
	'/teach/quiz',
	'/create',
	'/class',
	'/mine',
	'/mine/share',
	'/mine/match'
];

export function isTeacherPage(path: string): boolean {
	return (
		TEACHER_PAGES.some((p) => path === p || path.startsWith(`${p}/`)) ||
		/^\/sets\/[^/]+\/share$/.test(path)
	);
}

let started = false;

export async function keepTeacherToolsOffline(): Promise<void> {
	if (started || !('serviceWorker' in navigator)) return;
	started = true;
	await controlled();
	await Promise.allSettled([
		...[...TEACHER_PAGES, '/sets/any/share'].map((path) => preloadCode(path)),
		import('jsqr'),
		import('$lib/export/formats')
	]);
	// A script this page loaded before the service worker took over is in the page's module map,
	// not in the worker's cache: fetching every one again, now through the worker, keeps them all.
	const scripts = performance
		.getEntriesByType('resource')
		.map((entry) => entry.name)
		.filter((url) => new URL(url).pathname.startsWith('/_app/immutable/'));
	const urls = new Set([...scripts, new URL(workerUrl, location.href).href]);
	await Promise.allSettled([...urls].map((url) => fetch(url)));
	// Read by the journeys that go offline right after a teacher page: they wait for this.
	document.documentElement.dataset.teacherTools = 'kept';
}

/** Resolves once a service worker controls the page (on the first visit, once it installs). */
async function controlled(): Promise<void> {
	const container = navigator.serviceWorker;
	await container.ready;
	if (container.controller) return;
	await new Promise((resolve) =>
		container.addEventListener('controllerchange', resolve, { once: true })
	);
}
