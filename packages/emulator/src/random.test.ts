import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from './random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(random.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('samples distinct items and never more than exist', () => {
    const random = createRandom(1);
    const sample = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5)).toHaveLength(2);
    const many = Array.from({ length: 40 }, (_, i) => i);
    for (let i = 0; i < 50; i++) {
      const few = random.sample(many, 4);
      expect(new Set(few).size).toBe(4);
      expect(few.every((n) => many.includes(n))).toBe(true);
    }
    expect(random.sample(many, 0)).toEqual([]);
  });

  it('weighted() never picks a zero-weight item', () => {
    const random = createRandom(9);
    for (let i = 0; i < 200; i++) expect(random.weighted(['x', 'y'], [0, 1])).toBe('y');
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });

  it('derives different streams per label', () => {
    expect(deriveSeed(1, 'contacts')).not.toBe(deriveSeed(1, 'companies'));
    expect(deriveSeed(1, 'contacts')).toBe(deriveSeed(1, 'contacts'));
  });
});
