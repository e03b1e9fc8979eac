/**
 * The one moment a build writes into its files (PDFs, ZIPs, calendar files), so that two
 * builds of the same content give the same bytes.
 */

/** Seconds since 1970 written into every PDF, ZIP and .ics file: SOURCE_DATE_EPOCH when set, else the campaign's day. */
export function creationTimestamp(sourceDateEpoch: number | undefined, campaignDate: string): number {
  return sourceDateEpoch ?? Date.parse(`${campaignDate}T00:00:00Z`) / 1000;
}
