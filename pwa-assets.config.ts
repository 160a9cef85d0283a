import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Every icon (192, 512, maskable, apple-touch, favicon) is drawn from this one SVG.
export default defineConfig({
	preset: minimal2023Preset,
	images: ['static/icon.svg']
});
