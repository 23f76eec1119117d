import { z } from 'zod';

/** An environment variable set to the empty string counts as unset (compose files and tests blank variables that way). */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(unsetIfEmpty, schema.optional());

const urlWith = (schemes: string[], example: string) =>
  z.string().refine((value) => {
    try {
      return schemes.includes(new URL(value).protocol.replace(/:$/, ''));
    } catch {
      return false;
    }
  }, `a ${schemes.join(' or ')} URL, e.g. ${example}`);

/** The shapes environment variables take, each with what it expects in words (the start-up error quotes them). */
export const envField = {
  wholeNumber: (what = 'a whole number') => optional(z.string().regex(/^\d+$/, what)),
  port: () =>
    optional(
      z
        .string()
        .regex(/^\d+$/, 'a port number 0–65535 (0: any free port)')
        .refine((value) => Number(value) <= 65535, 'a port number 0–65535 (0: any free port)'),
    ),
  flag: () => optional(z.enum(['true', 'false'], 'true or false')),
  text: () => optional(z.string()),
  postgresUrl: () => optional(urlWith(['postgres', 'postgresql'], 'postgres://user:password@host:5432/database')),
  redisUrl: () => optional(urlWith(['redis', 'rediss'], 'redis://host:6379')),
  httpUrl: () => optional(urlWith(['http', 'https'], 'http://scenario-registry:3001')),
  smtpUrl: () => optional(urlWith(['smtp', 'smtps'], 'smtps://user:pass@mail.example:465')),
  brokers: () => optional(z.string().regex(/^\s*[\w.-]+:\d+\s*(,\s*[\w.-]+:\d+\s*)*$/, 'comma-separated host:port, e.g. kafka-1:9092,kafka-2:9092')),
  keyPrefix: () => optional(z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, dots, dashes or underscores (at most 64)')),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => optional(z.enum(values, values.join(', '))),
};
