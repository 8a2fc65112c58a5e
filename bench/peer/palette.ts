/**
 * The peer's class colours. A 5-class sequential ramp until the app's palette (src/lib/colors.ts)
 * exists; the peer should draw with the same colours as ours so the pictures are comparable.
 */
export const PEER_CLASS_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
