/** zod for every Time4VPS request and response, by area. */
export * from "./time4vps-schemas/account";
export * from "./time4vps-schemas/billing";
export * from "./time4vps-schemas/cart";
export * from "./time4vps-schemas/certificates";
export * from "./time4vps-schemas/common";
export * from "./time4vps-schemas/dns";
export * from "./time4vps-schemas/servers";
export * from "./time4vps-schemas/services";
export * from "./time4vps-schemas/vpn";
