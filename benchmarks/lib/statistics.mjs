/** Order statistics of a list of numbers (milliseconds in this benchmark). */

/**
 * The value below which `fraction` of the values lie (nearest rank; 0.5 is the median,
 * the middle value or the lower of the two middle ones).
 * @param {number[]} values
 * @param {number} fraction between 0 and 1
 */
export function quantile(values, fraction) {
  if (values.length === 0) throw new Error('No values to take a quantile of');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return /** @type {number} */ (sorted[rank - 1]);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);

/** @param {number[]} values */
export const percentile95 = (values) => quantile(values, 0.95);
