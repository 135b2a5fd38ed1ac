import sampleJson from '../../../resources/sample/sample-protocol.json';
import { type Protocol, protocolSchema } from '../../../shared/protocol/schema';

/** The fictitious DUR protocol, validated, as a fresh copy each call so tests can change it. */
export function loadSample(): Protocol {
  return protocolSchema.parse(structuredClone(sampleJson));
}

/** A fixed "today" for the sample: its three gaps are structural, none depend on the date. */
export const SAMPLE_TODAY = new Date('2026-11-28T12:00:00Z');
