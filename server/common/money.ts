import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** ISO 4217 currencies Comptoir prices in. */
export enum CurrencyCode {
  EUR = 'EUR',
  USD = 'USD',
  GBP = 'GBP',
  CHF = 'CHF',
  BRL = 'BRL',
}
registerEnumType(CurrencyCode, {
  name: 'CurrencyCode',
  description: 'An ISO 4217 currency code.',
  valuesConfig: {
    EUR: { description: 'Euro' },
    USD: { description: 'US dollar' },
    GBP: { description: 'Pound sterling' },
    CHF: { description: 'Swiss franc' },
    BRL: { description: 'Brazilian real' },
  },
});

const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "12.50". Never a float.',
  serialize(value) {
    const s = String(value);
    if (!DECIMAL.test(s)) throw new GraphQLError(`Decimal cannot represent ${s}`);
    return s;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !DECIMAL.test(value)) throw new GraphQLError('Decimal must be a string like "12.50"');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !DECIMAL.test(ast.value)) throw new GraphQLError('Decimal must be a string like "12.50"');
    return ast.value;
  },
});

@ObjectType({ description: 'An amount of money in a currency.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount as an exact decimal string.' })
  amount!: string;

  @Field(() => CurrencyCode, { description: 'The currency of the amount.' })
  currencyCode!: CurrencyCode;

  static of(amount: string, currencyCode: CurrencyCode | string): Money {
    return Object.assign(new Money(), { amount, currencyCode });
  }
}

// Exact decimal arithmetic on strings through scaled bigints (2..6 decimals are enough here).
const SCALE = 6;
function toUnits(value: string): bigint {
  const negative = value.startsWith('-');
  const [int, frac = ''] = (negative ? value.slice(1) : value).split('.');
  const units = BigInt(int + frac.padEnd(SCALE, '0').slice(0, SCALE));
  return negative ? -units : units;
}
function fromUnits(units: bigint, decimals = 2): string {
  const negative = units < 0n;
  let abs = negative ? -units : units;
  const divisor = 10n ** BigInt(SCALE - decimals);
  // round half up at the wanted number of decimals
  abs = (abs + divisor / 2n) / divisor;
  const s = abs.toString().padStart(decimals + 1, '0');
  const out = decimals > 0 ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return negative && abs !== 0n ? `-${out}` : out;
}
export const decimal = {
  add: (...values: string[]) => fromUnits(values.reduce((acc, v) => acc + toUnits(v), 0n)),
  mul: (value: string, quantity: number) => fromUnits(toUnits(value) * BigInt(quantity)),
  normalize: (value: string) => fromUnits(toUnits(value)),
};
