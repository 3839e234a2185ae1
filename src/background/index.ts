/** Background (service worker in Chrome, module script in Firefox): wiring only. */
import { handleMessages } from '../shared/messages';
import { emailRead } from './handlers/email-read';

handleMessages({ emailRead });
