import { z } from 'zod';
import { idSchema } from '../model/vocabulary';
import { LIMITS, requiredText, text } from './text';

/** The columns of Bijlage I's channel table; 'other' is for the organisation's own, e.g. a portal. */
export const CHANNEL_KINDS = ['phone', 'email', 'letter', 'newsletter', 'socialMedia', 'other'] as const;
export const channelKindSchema = z.enum(CHANNEL_KINDS);

export const channelSchema = z.object({
  id: idSchema,
  name: requiredText(LIMITS.name),
  kind: channelKindSchema,
});

/** Where customers and the public hear from us: the organisation's own public outlets. */
export const PUBLIC_CHANNEL_KINDS = [
  'website',
  'socialMedia',
  'newsletter',
  'pressRelease',
  'phoneLine',
  'app',
  'other',
] as const;
export const publicChannelKindSchema = z.enum(PUBLIC_CHANNEL_KINDS);

export const publicChannelSchema = z.object({
  id: idSchema,
  name: requiredText(LIMITS.name),
  kind: publicChannelKindSchema,
  /** URL, account handle or phone line, as people would find it. */
  address: text(LIMITS.shortText),
  audiences: z.array(z.enum(['customers', 'public'])).max(2),
});

export const channelsSchema = z.object({
  list: z.array(channelSchema).max(50),
  /** stakeholderId → the channels through which that stakeholder can be reached. */
  grid: z.record(idSchema, z.array(idSchema).max(50)),
  publicChannels: z.array(publicChannelSchema).max(50),
});

export type ChannelKind = z.infer<typeof channelKindSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type PublicChannelKind = z.infer<typeof publicChannelKindSchema>;
export type PublicChannel = z.infer<typeof publicChannelSchema>;
export type Channels = z.infer<typeof channelsSchema>;
