import type { ItemRoute } from '../router';
import { ReferralInboxPage } from './referral_inbox_page';
import { ReferralPage } from './referral_page';

/** The Referrals area: the inbox (or the referrals sent) and one referral. */
export function ReferralsArea({ route, role }: { route: ItemRoute<'referrals'>; role: string }) {
  if (route.view === 'detail') return <ReferralPage key={route.id} id={route.id} role={role} />;
  return <ReferralInboxPage role={role} />;
}
