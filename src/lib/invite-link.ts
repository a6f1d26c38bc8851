// The link an invited person opens on the shared server (issue 16): the accept page with the invite's
// token, which is the invite's id (docs/api.md, POST /api/auth/accept-invite).
export const inviteLink = (inviteId: string): string =>
  new URL(
    `${import.meta.env.BASE_URL}accept-invite?token=${encodeURIComponent(inviteId)}`,
    window.location.origin,
  ).href;
