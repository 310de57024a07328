export interface AccountDetails {
  email: string;
  name: string;
  company: string;
  address: string[];
  phone: string;
  lastLogin: string | null;
}

export interface ContactPrivileges {
  /** Group (billing, support, services…) → what the contact may do; service-specific grants name the service. */
  group: string;
  grants: string[];
}

export interface AccountContact {
  id: string;
  email: string;
  name: string;
  company: string;
  lastLogin: string | null;
  privileges: ContactPrivileges[];
}

export interface PortalNotification {
  id: string;
  subject: string;
  message: string;
  date: string;
  type: string;
  related: string;
  isNew: boolean;
}

export interface ProviderAccount {
  details: AccountDetails;
  /** null: the provider's API has no contacts (XSServer). */
  contacts: AccountContact[] | null;
  /** null: the provider's API has no portal notifications (XSServer). */
  notifications: PortalNotification[] | null;
}
