import { describe, expect, it } from 'vitest';
import { filterOperators, isOperator, negatedOperator, operatorBit, operatorBits, operators } from './operators';

describe('operators', () => {
  it('covers the twelve operators of the search API exactly once', () => {
    const values = Object.values(operators);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual([...filterOperators].sort());
  });

  it('recognises only the API operators', () => {
    for (const operator of filterOperators) expect(isOperator(operator)).toBe(true);
    for (const other of ['==', 'in', 'AND', '', 1, null, 'constructor', '__proto__', 'toString']) {
      expect(isOperator(other)).toBe(false);
    }
  });

  it('gives each operator a bit of its own', () => {
    const bits = filterOperators.map(operatorBit);
    for (const bit of bits) expect(bit.toString(2).replace(/0/g, '')).toBe('1');
    expect(new Set(bits).size).toBe(filterOperators.length);
    expect(operatorBits(filterOperators)).toBe(bits.reduce((all, bit) => all | bit, 0));
    expect(operatorBits(['=', 'IN'])).toBe(operatorBit('=') | operatorBit('IN'));
  });

  it('pairs every negatable operator with its complement, both ways', () => {
    for (const operator of filterOperators) {
      const negated = negatedOperator[operator];
      if (negated === undefined) continue;
      expect(negatedOperator[negated]).toBe(operator);
    }
    expect(negatedOperator['^']).toBeUndefined();
    expect(negatedOperator.$).toBeUndefined();
  });
});
