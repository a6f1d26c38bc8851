// Caps that refuse whatever the role grants, as bits (each is explained at its own step, chain.ts):
// an org Viewer, a Restricted project not joined, the plan, a Viewer seat, no seat.
export const CAP = { orgViewer: 1, restricted: 2, plan: 4, seatViewer: 8, seatNone: 16 } as const;
export const CAP_ORDER = [CAP.orgViewer, CAP.seatViewer, CAP.seatNone, CAP.plan, CAP.restricted];
