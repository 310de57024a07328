import type { z } from "zod";

import { parseInput } from "../../core/input";
import { bodyWithout } from "../request-body";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

/** Account, contacts and portal notifications. Sign-up and password reset need no login (not offered in the console). */
export function accountMethods(core: HostbillCore) {
  return {
    getDetails: async () => (await core.get("/details", s.detailsResponseSchema)).client,

    updateDetails: async (input: In<typeof s.updateDetailsInput>) => {
      const body = parseInput(s.updateDetailsInput, input);
      return core.put("/details", s.updateDetailsResponse, body);
    },

    signup: async (input: In<typeof s.signupInput>) => {
      const { "2faenable": twoFactor, ...rest } = parseInput(s.signupInput, input);
      return core.post("/signup", s.signupResponse, { ...rest, ...(twoFactor ? { "2faenable": ["1"] } : {}) });
    },

    requestPasswordReset: async (input: In<typeof s.passwordResetInput>) => {
      const body = parseInput(s.passwordResetInput, input);
      return core.post("/passwordreset", s.passwordResetResponse, body);
    },

    listContacts: async () => (await core.get("/contact", s.contactListResponse)).contacts,

    addContact: async (input: In<typeof s.addContactInput>) => {
      const body = parseInput(s.addContactInput, input);
      return core.post("/contact", s.addContactResponse, body);
    },

    getContactPrivileges: async () => (await core.get("/contact/privileges", s.privilegesResponse)).privileges,

    getContact: async (input: In<typeof s.contactIdInput>) => {
      const { id } = parseInput(s.contactIdInput, input);
      return (await core.get(`/contact/${segment(id)}`, s.contactResponse)).contact;
    },

    editContact: async (input: In<typeof s.editContactInput>) => {
      const value = parseInput(s.editContactInput, input);
      return core.put(`/contact/${segment(value.id)}`, s.editContactResponse, bodyWithout(value, "id"));
    },

    listNotifications: async (input?: In<typeof s.notificationFilterInput>) => {
      const filter = parseInput(s.notificationFilterInput, input) ?? {};
      return (await core.get("/notifications", s.notificationsResponse, filter)).notifications;
    },

    listNewNotifications: async (input?: In<typeof s.notificationFilterInput>) => {
      const filter = parseInput(s.notificationFilterInput, input) ?? {};
      return (await core.get("/notifications/new", s.notificationsResponse, filter)).notifications;
    },

    acknowledgeNotification: async (input: In<typeof s.notificationIdInput>) => {
      const { id } = parseInput(s.notificationIdInput, input);
      return core.put(`/notifications/${segment(id)}/ack`, s.ackResponse);
    },
  };
}
