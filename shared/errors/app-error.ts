import { z } from 'zod';

/**
 * Errors that reach the user. Every one carries its own Dutch and English text, so the CLI, the
 * browser host and the Electron window all say the same thing without a lookup table to keep in sync.
 */
export const appErrorPayloadSchema = z.object({
  code: z.string(),
  nl: z.string(),
  en: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AppErrorPayload = z.infer<typeof appErrorPayloadSchema>;

export class AppError extends Error {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, texts: { nl: string; en: string }, details?: Record<string, unknown>) {
    super(texts.en);
    this.name = 'AppError';
    this.code = code;
    this.nl = texts.nl;
    this.en = texts.en;
    this.details = details;
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, nl: this.nl, en: this.en, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export const readOnlyError = (holder: string) =>
  new AppError('workspace.readOnly', {
    nl: `Deze werkmap is alleen-lezen: ${holder} werkt er al in. Wijzigingen zijn niet opgeslagen.`,
    en: `This workspace is read-only: ${holder} is already working in it. Changes were not saved.`,
  });
