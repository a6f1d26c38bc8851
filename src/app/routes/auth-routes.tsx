// The shared server's pages before the console (issue 16): sign in, the first run, an invite link.
// Outside the session gate: nobody is signed in yet.
import { AcceptInvitePage } from '../../features/auth/components/accept-invite-page';
import { FirstRunPage } from '../../features/auth/components/first-run-page';
import { SignInPage } from '../../features/auth/components/sign-in-page';

export const SignInRoute = () => <SignInPage />;
export const FirstRunRoute = () => <FirstRunPage />;
export const AcceptInviteRoute = () => <AcceptInvitePage />;
