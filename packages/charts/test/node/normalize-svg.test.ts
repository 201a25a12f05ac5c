import { describe, expect, it } from 'vitest';
import { normalizeSvg } from '../../src/node/normalize-svg.ts';

describe('normalizeSvg', () => {
  it('normalizeSvg(svg) rounds path data and transforms to 2 decimals and drops -0', () => {
    const svg =
      '<g transform="translate(42.857142857142854,-0.0001)"><path d="M0.125,1e-7h267.8571428571429v18Z"/></g>';
    expect(normalizeSvg(svg)).toBe('<g transform="translate(42.86,0)"><path d="M0.13,0h267.86v18Z"/></g>');
  });

  it('normalizeSvg(svg) leaves text, aria-labels and colours alone', () => {
    const svg =
      '<path aria-label="Bagian: 1.234,5678" fill="#4e5d6f" d="M1.006,2"/><text font-size="10.123px">3.141592</text>';
    expect(normalizeSvg(svg)).toBe(
      '<path aria-label="Bagian: 1.234,5678" fill="#4e5d6f" d="M1.01,2"/><text font-size="10.12px">3.141592</text>',
    );
  });

  it('normalizeSvg(svg) renumbers ids in order of appearance, references included', () => {
    const svg =
      '<defs><clipPath id="clip7"><rect/></clipPath><linearGradient id="gradient_3"/></defs>' +
      '<g clip-path="url(#clip7)"><path fill="url(#gradient_3)"/></g>';
    expect(normalizeSvg(svg)).toBe(
      '<defs><clipPath id="id1"><rect/></clipPath><linearGradient id="id2"/></defs>' +
        '<g clip-path="url(#id1)"><path fill="url(#id2)"/></g>',
    );
  });
});
