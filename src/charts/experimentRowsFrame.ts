/**
 * The frame of a chart that draws one row per experiment (the throughput bars, the interval and delta charts): 768
 * wide, rows of 14 pixels at least so that the names never overprint, and room on the left for the longest name.
 */
export function experimentRowsFrame(domain: string[], {minHeight, marginRight}: {minHeight: number; marginRight: number}) {
  return {
    width: 768,
    height: Math.max(minHeight, 116 + 14 * domain.length),
    marginTop: 50,
    // jsdom measures no text: about 6 pixels a character, beside the axis label.
    marginLeft: Math.max(100, 28 + 6 * Math.max(0, ...domain.map((name) => name.length))),
    marginRight,
    marginBottom: 50,
    y: {label: "Experiment", labelAnchor: "center" as const, domain},
  };
}
