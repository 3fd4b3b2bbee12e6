import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/i18n';

describe('plural', () => {
  it('takes its form from the number as shown: 1.03 hours shown as "1" is one hour', () => {
    expect(plural('en', 'eq.whiteboard-hours', 1.03, '1')).toBe('≈ 1 hour of a digital whiteboard');
    expect(plural('en', 'eq.whiteboard-hours', 1.5, '1.5')).toBe(
      '≈ 1.5 hours of a digital whiteboard',
    );
    expect(plural('nl', 'videoCount', 1)).toBe('1 video');
    expect(plural('nl', 'videoCount', 2)).toBe('2 video’s');
  });
});
