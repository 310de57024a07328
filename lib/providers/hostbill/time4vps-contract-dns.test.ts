import { describe, expect, it } from "vitest";

import { invalidInput, refused, withTime4vpsSandbox } from "./time4vps-test-kit";

const { client } = withTime4vpsSandbox();

const csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIICvDCCAaQCAQAwdzELMAkGA1UEBhMCTFQx\n-----END CERTIFICATE REQUEST-----";

describe("Time4VPS DNS", () => {
  it("GET /dns: the services with DNS management and their zones", async () => {
    const dns = await client().listDns();
    expect(dns.service_ids).toEqual(expect.arrayContaining(["1301", "1308"]));
    expect(dns.zones).toContainEqual({ domain_id: "60", name: "demo-hostdeck.eu", service_id: "1308" });
  });

  it("POST /service/@service_id/dns: creates a zone with default NS records; a duplicate is a conflict", async () => {
    const t4v = client();
    const created = await t4v.addDnsZone({ service_id: 1308, name: "Example-Shop.eu" });
    expect(created.info).toEqual(["Domain zone example-shop.eu was created successfully."]);
    const zone = (await t4v.listDns()).zones.find((item) => item.name === "example-shop.eu");
    expect(zone).toBeDefined();
    const records = (await t4v.getDnsZone({ service_id: 1308, zone_id: zone!.domain_id })).records;
    expect(records.map((record) => `${record.type} ${record.content}`)).toEqual(["NS ns1.time4vps.cloud", "NS ns2.time4vps.cloud"]);
    await refused(t4v.addDnsZone({ service_id: 1308, name: "demo-hostdeck.eu" }), "conflict", /already exists/);
    await refused(t4v.addDnsZone({ service_id: 1304, name: "vpn-zone.eu" }), "invalid-input", /not available/);
    await invalidInput(t4v.addDnsZone({ service_id: 1308, name: "not a domain" }), "name");
  });

  it("GET /service/@service_id/dns/@zone_id: records of many types; a zone of another service is not-found", async () => {
    const zone = await client().getDnsZone({ service_id: 1308, zone_id: 60 });
    expect(zone).toMatchObject({ service_id: "1308", name: "demo-hostdeck.eu" });
    expect(new Set(zone.records.map((record) => record.type))).toEqual(new Set(["A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"]));
    expect(zone.records.find((record) => record.type === "MX")).toMatchObject({ priority: 10, content: "mx1.demo-hostdeck.eu" });
    await refused(client().getDnsZone({ service_id: 1301, zone_id: 60 }), "not-found", /Invalid zone ID/);
  });

  it("DELETE /service/@service_id/dns/@zone_id: deletes the zone", async () => {
    const t4v = client();
    expect((await t4v.deleteDnsZone({ service_id: 1308, zone_id: 61 })).info).toEqual(["Domain zone demo-hostdeck.lt was deleted successfully."]);
    expect((await t4v.listDns()).zones.map((zone) => zone.domain_id)).not.toContain("61");
    await refused(t4v.deleteDnsZone({ service_id: 1308, zone_id: 61 }), "not-found");
  });

  it("POST /service/@service_id/dns/@zone_id/records: adds a record, visible on the next read", async () => {
    const t4v = client();
    const result = await t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "shop", type: "A", content: "185.123.100.20", ttl: 600 });
    expect(result.info).toEqual(["Domain zone demo-hostdeck.eu was created successfully."]);
    const zone = await t4v.getDnsZone({ service_id: 1308, zone_id: 60 });
    expect(zone.records).toContainEqual(expect.objectContaining({ name: "shop", type: "A", content: "185.123.100.20", ttl: 600 }));
    await t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "@", type: "MX", content: "mx3.demo-hostdeck.eu", priority: 30 });
    await t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "@", type: "CAA", content: '0 issuewild ";"' });
  });

  it("POST /service/@service_id/dns/@zone_id/records: wrong address family, MX without priority, CNAME clash", async () => {
    const t4v = client();
    await invalidInput(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "v6", type: "AAAA", content: "185.123.100.20" }), "content");
    await invalidInput(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "v4", type: "A", content: "2a02::1" }), "content");
    await invalidInput(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "@", type: "MX", content: "mx9.demo-hostdeck.eu" }), "priority");
    await refused(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "www", type: "CNAME", content: "web1.demo-hostdeck.eu" }), "conflict", /CNAME/);
    await refused(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "blog", type: "TXT", content: "hello" }), "conflict", /CNAME/);
    await refused(t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "www", type: "A", content: "185.123.100.11" }), "conflict", /already exists/);
    await refused(
      t4v.addDnsRecord({ service_id: 1308, zone_id: 60, name: "x.other-domain.com.", type: "A", content: "1.2.3.4" }),
      "invalid-input",
      /not a name inside/,
    );
  });

  it("PUT /service/@service_id/dns/@zone_id/records/@record_id: edits a record and returns it", async () => {
    const t4v = client();
    const record = await t4v.editDnsRecord({ service_id: 1308, zone_id: 60, record_id: 602, name: "www", type: "A", content: "185.123.100.99", ttl: 300 });
    expect(record).toMatchObject({ id: "602", content: "185.123.100.99", ttl: 300 });
    const zone = await t4v.getDnsZone({ service_id: 1308, zone_id: 60 });
    expect(zone.records.find((item) => item.id === "602")?.content).toBe("185.123.100.99");
    await refused(
      t4v.editDnsRecord({ service_id: 1308, zone_id: 60, record_id: 9999, name: "www", type: "A", content: "1.2.3.4" }),
      "not-found",
      /Invalid record ID/,
    );
    await refused(t4v.editDnsRecord({ service_id: 1308, zone_id: 60, record_id: 604, name: "www", type: "CNAME", content: "x.demo-hostdeck.eu" }), "conflict");
  });

  it("DELETE /service/@service_id/dns/@zone_id/records/@record_id: removes a record", async () => {
    const t4v = client();
    expect(await t4v.deleteDnsRecord({ service_id: 1308, zone_id: 60, record_id: 613 })).toEqual({ info: ["The record was deleted successfully."] });
    const zone = await t4v.getDnsZone({ service_id: 1308, zone_id: 60 });
    expect(zone.records.map((record) => record.id)).not.toContain("613");
    await refused(t4v.deleteDnsRecord({ service_id: 1308, zone_id: 60, record_id: 613 }), "not-found");
  });
});

describe("Time4VPS SSL certificates", () => {
  it("GET /certificate: lists SSL services with their certificate state", async () => {
    const certificates = await client().listCertificates();
    expect(certificates).toContainEqual(expect.objectContaining({ id: "1306", cert_status: "Active", cert_email: "admin@demo-hostdeck.eu" }));
    expect(certificates.find((item) => item.id === "1307")).toMatchObject({ status: "Pending", cert_status: "" });
  });

  it("GET /certificate/@id: certificate details with CSR, contacts and organization", async () => {
    const certificate = await client().getCertificate({ id: 1306 });
    expect(certificate).toMatchObject({ name: "Comodo InstantSSL", software: "18", organization: { name: "Hostdeck Demo UAB" } });
    expect(certificate.csr).toContain("BEGIN CERTIFICATE REQUEST");
    await refused(client().getCertificate({ id: 1301 }), "not-found");
  });

  it("GET /certificate/@id/crt: the X.509 certificate; not issued yet is refused", async () => {
    expect(await client().downloadCertificate({ id: 1306 })).toMatch(/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/);
    await refused(client().downloadCertificate({ id: 1307 }), "invalid-input", /not issued/);
    await refused(client().downloadCertificate({ id: 999 }), "not-found");
  });

  it("GET /certificate/order: certificates for sale with yearly prices", async () => {
    const products = await client().listCertificateProducts();
    expect(products[0]).toMatchObject({ id: "25", name: "InstantSSL", periods: [{ years: 1, price: 27.85, renew: 27.85 }, expect.anything()] });
  });

  it("GET /certificate/order/@product_id/software: server software ids", async () => {
    const software = await client().listCertificateSoftware({ product_id: 25 });
    expect(software).toContainEqual({ id: "18", name: "Nginx" });
    await refused(client().listCertificateSoftware({ product_id: 1 }), "not-found");
  });

  it("POST /certificate/order: orders a certificate; bad CSR or unknown contact refused", async () => {
    const t4v = client();
    const order = await t4v.orderCertificate({
      product_id: 25,
      csr,
      years: 2,
      pay_method: 5,
      approver_email: "admin@demo-hostdeck.eu",
      software: 18,
      admin: 49,
    });
    expect(order.total).toBeGreaterThan(48);
    const serviceId = await t4v.getServiceIdFromOrder({ order_num: order.order_num });
    expect(await t4v.getCertificate({ id: serviceId })).toMatchObject({ status: "Pending", software: "18" });
    await invalidInput(t4v.orderCertificate({ product_id: 25, csr: "not a csr", approver_email: "a@b.eu" }), "csr");
    await refused(t4v.orderCertificate({ product_id: 25, csr, approver_email: "a@demo-hostdeck.eu", admin: 12345 }), "invalid-input", /unknown contact/);
    await refused(t4v.orderCertificate({ product_id: 25, csr, years: 3, approver_email: "a@demo-hostdeck.eu" }), "invalid-input", /years/);
  });
});
