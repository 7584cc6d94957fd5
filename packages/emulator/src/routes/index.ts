import type { RouteDefinition } from '../http/context';
import { adminRoutes } from './admins';
import { companyRoutes } from './companies';
import { companyScrollRoutes } from './companies-scroll';
import { companyContactRoutes } from './company-contacts';
import { contactActionRoutes } from './contact-actions';
import { contactRoutes } from './contacts';
import { conversationManageRoutes } from './conversation-manage';
import { conversationRedactRoutes } from './conversation-redact';
import { conversationReplyRoutes } from './conversation-replies';
import { conversationRoutes } from './conversations';
import { dataAttributeRoutes } from './data-attributes';
import { eventRoutes } from './events';
import { jobRoutes } from './jobs';
import { messageRoutes } from './messages';
import { noteRoutes } from './notes';
import { segmentRoutes } from './segments';
import { subscriptionTypeRoutes } from './subscription-types';
import { taggingRoutes } from './tagging';
import { tagRoutes } from './tags';
import { teamRoutes } from './teams';
import { ticketCatalogRoutes } from './ticket-catalog';
import { ticketReplyRoutes } from './ticket-replies';
import { ticketRoutes } from './tickets';

/** Every endpoint the emulator answers; anything else is a 404 (unknown path) or 405 (wrong method). */
export const allRoutes: readonly RouteDefinition[] = [
  ...adminRoutes,
  ...teamRoutes,
  ...tagRoutes,
  ...taggingRoutes,
  ...contactRoutes,
  ...contactActionRoutes,
  ...noteRoutes,
  ...companyRoutes,
  ...companyScrollRoutes,
  ...companyContactRoutes,
  ...conversationRoutes,
  ...conversationReplyRoutes,
  ...conversationManageRoutes,
  ...conversationRedactRoutes,
  ...ticketRoutes,
  ...ticketReplyRoutes,
  ...ticketCatalogRoutes,
  ...jobRoutes,
  ...segmentRoutes,
  ...subscriptionTypeRoutes,
  ...dataAttributeRoutes,
  ...eventRoutes,
  ...messageRoutes,
];
