// Renders resources/windows/icon.svg (48 px and up) and icon-small.svg (up to 40 px) into
// icon.ico with every size Windows asks for (taskbar, Start menu, Explorer, installer, title bar
// at 100–200 % scaling) and icon.png (256 px). Run after changing either drawing:
//   node scripts/make-icon.mjs
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const dir = fileURLToPath(new URL('../resources/windows/', import.meta.url));
const SMALL = [16, 20, 24, 32, 40];
const LARGE = [48, 64, 96, 128, 256];

const render = (file, size) =>
  new Resvg(readFileSync(`${dir}${file}`, 'utf8'), { fitTo: { mode: 'width', value: size } })
    .render()
    .asPng();

const pngs = [
  ...SMALL.map((size) => render('icon-small.svg', size)),
  ...LARGE.map((size) => render('icon.svg', size)),
];
writeFileSync(`${dir}icon.ico`, await pngToIco(pngs));
writeFileSync(`${dir}icon.png`, render('icon.svg', 256));
console.log(`icon.ico: ${[...SMALL, ...LARGE].join(', ')} px; icon.png: 256 px`);
