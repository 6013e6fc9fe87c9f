// Its own configuration, so that Next does not read the app's (found by looking up the folders).
// Next's defaults otherwise; like the app, no ETags, and rendered pages kept in memory only.
const floorConfig = { poweredByHeader: false, generateEtags: false, experimental: { isrFlushToDisk: false } };

export default floorConfig;
