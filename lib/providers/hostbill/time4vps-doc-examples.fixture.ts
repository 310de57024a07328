/**
 * Every request example of the Time4VPS document (time4vps-api.txt), as written there: method, path with its
 * @placeholders, JSON body with its placeholder values, whether it logs in, and the example answer (cleaned
 * of "(...)" ellipses, comments and trailing commas so it parses). Generated once from the document.
 */
export interface DocExample {
  doc: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  auth: boolean;
  body: Record<string, unknown> | null;
  response: unknown;
}

export const docExamples: DocExample[] = [
  {
    "doc": "GET /details",
    "method": "GET",
    "path": "/details",
    "auth": true,
    "body": null,
    "response": {
      "client": {
        "id": "26",
        "email": "api@example.com",
        "lastlogin": "2016-12-30 12:24:28",
        "ip": "172.100.2.1",
        "host": "hostname",
        "firstname": "Joe",
        "lastname": "Doe",
        "companyname": "",
        "address1": "Pretty View Lane",
        "address2": "3294",
        "city": "Santa Rosa",
        "state": "California",
        "postcode": "95401",
        "country": "US",
        "phonenumber": "+1.24123123"
      }
    }
  },
  {
    "doc": "PUT /details",
    "method": "PUT",
    "path": "/details",
    "auth": true,
    "body": {
      "type": "typeValue",
      "companyname": "companynameValue",
      "companyregistrationnumber": "companyregistrationnumberValue",
      "vateu": "vateuValue",
      "email": "emailValue",
      "firstname": "firstnameValue",
      "lastname": "lastnameValue",
      "country": "countryValue",
      "address1": "address1Value",
      "city": "cityValue",
      "state": "stateValue",
      "postcode": "postcodeValue",
      "phonenumber": "phonenumberValue",
      "emarketing": "emarketingValue"
    },
    "response": {
      "client": {
        "id": "26",
        "email": "api@example.com",
        "lastlogin": "2016-12-30 12:34:20",
        "ip": "172.100.2.1",
        "host": "hostname",
        "firstname": "Joe",
        "lastname": "Doe",
        "companyname": "",
        "address1": "Pretty View Lane",
        "address2": "3194",
        "city": "Santa Rosa",
        "state": "California",
        "postcode": "95401",
        "country": "US",
        "phonenumber": "+1.24123123"
      },
      "info": [
        "client_info_updated"
      ]
    }
  },
  {
    "doc": "POST /signup",
    "method": "POST",
    "path": "/signup",
    "auth": false,
    "body": {
      "type": "typeValue",
      "companyname": "companynameValue",
      "companyregistrationnumber": "companyregistrationnumberValue",
      "vateu": "vateuValue",
      "email": "emailValue",
      "password": "passwordValue",
      "firstname": "firstnameValue",
      "lastname": "lastnameValue",
      "country": "countryValue",
      "address1": "address1Value",
      "city": "cityValue",
      "postcode": "postcodeValue",
      "phonenumber": "phonenumberValue",
      "emarketing": "emarketingValue",
      "2faenable": "2faenableValue",
      "2fasecret": "2fasecretValue",
      "currency": "currencyValue"
    },
    "response": {
      "info": [
        "client_registered"
      ]
    }
  },
  {
    "doc": "POST /passwordreset",
    "method": "POST",
    "path": "/passwordreset",
    "auth": false,
    "body": {
      "email": "emailValue"
    },
    "response": {
      "info": [
        "generated_reset_request"
      ]
    }
  },
  {
    "doc": "GET /contact",
    "method": "GET",
    "path": "/contact",
    "auth": true,
    "body": null,
    "response": {
      "contacts": [
        {
          "email": "mary@example.com",
          "id": "49",
          "firstname": "Mary",
          "lastname": "Sue",
          "companyname": "",
          "company": "0",
          "lastlogin": "0000-00-00 00:00:00"
        }
      ]
    }
  },
  {
    "doc": "POST /contact",
    "method": "POST",
    "path": "/contact",
    "auth": true,
    "body": {
      "password": "passwordValue",
      "privileges": "privilegesValue",
      "type": "typeValue",
      "companyname": "companynameValue",
      "companyregistrationnumber": "companyregistrationnumberValue",
      "vateu": "vateuValue",
      "email": "emailValue",
      "firstname": "firstnameValue",
      "lastname": "lastnameValue",
      "country": "countryValue",
      "address1": "address1Value",
      "city": "cityValue",
      "state": "stateValue",
      "postcode": "postcodeValue",
      "phonenumber": "phonenumberValue",
      "emarketing": "emarketingValue"
    },
    "response": {
      "contact_id": "1",
      "info": [
        "profile_added"
      ]
    }
  },
  {
    "doc": "GET /contact/privileges",
    "method": "GET",
    "path": "/contact/privileges",
    "auth": true,
    "body": null,
    "response": {
      "privileges": {
        "billing": [
          "emails",
          "payinvoice",
          "orders",
          "balance",
          "addfunds",
          "creditcard"
        ],
        "support": [
          "newticket",
          "tickets",
          "closeticket",
          "emails"
        ],
        "misc": [
          "editmain",
          "emails",
          "editipaccess",
          "manageprofiles",
          "affiliates"
        ],
        "services": {
          "full": 1,
          "332": [
            "basic",
            "billing",
            "cancelation",
            "upgrade",
            "notify",
            "logindetails"
          ]
        },
        "domains": {
          "full": 1,
          "523": [
            "basic",
            "renew",
            "notify",
            "contactinfo",
            "nameservers"
          ]
        }
      }
    }
  },
  {
    "doc": "GET /contact/@id",
    "method": "GET",
    "path": "/contact/@id",
    "auth": true,
    "body": null,
    "response": {
      "contact": {
        "id": "49",
        "email": "mary@example.com",
        "firstname": "Mary",
        "lastname": "Sue",
        "companyname": "",
        "address1": "Pretty View Lane",
        "address2": "3194",
        "city": "Santa Rosa",
        "state": "California",
        "postcode": "95401",
        "country": "US",
        "phonenumber": "+1.24123123",
        "type": "Private",
        "privileges": {
          "support": [
            "tickets",
            "newticket"
          ]
        }
      }
    }
  },
  {
    "doc": "PUT /contact/@id",
    "method": "PUT",
    "path": "/contact/@id",
    "auth": true,
    "body": {
      "privileges": "privilegesValue",
      "type": "typeValue",
      "companyname": "companynameValue",
      "companyregistrationnumber": "companyregistrationnumberValue",
      "vateu": "vateuValue",
      "email": "emailValue",
      "firstname": "firstnameValue",
      "lastname": "lastnameValue",
      "country": "countryValue",
      "address1": "address1Value",
      "city": "cityValue",
      "state": "stateValue",
      "postcode": "postcodeValue",
      "phonenumber": "phonenumberValue",
      "emarketing": "emarketingValue"
    },
    "response": {
      "info": [
        "profile_updated"
      ]
    }
  },
  {
    "doc": "GET /notifications",
    "method": "GET",
    "path": "/notifications",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "GET /notifications/new",
    "method": "GET",
    "path": "/notifications/new",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "PUT /notifications/@id/ack",
    "method": "PUT",
    "path": "/notifications/@id/ack",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "GET /balance",
    "method": "GET",
    "path": "/balance",
    "auth": true,
    "body": null,
    "response": {
      "success": true,
      "details": {
        "currency": "USD",
        "acc_balance": "123456.55",
        "acc_credit": "0.00"
      }
    }
  },
  {
    "doc": "GET /invoice",
    "method": "GET",
    "path": "/invoice",
    "auth": true,
    "body": null,
    "response": {
      "invoices": [
        {
          "id": "308976",
          "date": "2016-12-30",
          "dateorig": "2016-12-30",
          "duedate": "2017-01-06",
          "paybefore": "2017-01-06",
          "total": "19.65",
          "datepaid": "2016-12-30 12:40:47",
          "status": "Paid",
          "merge_id": null,
          "number": "2016/12/1",
          "currency": "USD"
        }
      ]
    }
  },
  {
    "doc": "GET /invoice/@id",
    "method": "GET",
    "path": "/invoice/@id",
    "auth": true,
    "body": null,
    "response": {
      "invoice": {
        "id": "308976",
        "status": "Paid",
        "date": "2016-12-30",
        "duedate": "2017-01-06",
        "paybefore": "2017-01-06",
        "datepaid": "2016-12-30 12:40:47",
        "subtotal": 16.24,
        "credit": 0,
        "tax": 3.41,
        "taxrate": 21,
        "tax2": 0,
        "taxrate2": 0,
        "taxexempt": "0",
        "total": 19.65,
        "rate": 1,
        "rate2": 0,
        "rate3": 1,
        "notes": "",
        "items": [
          {
            "id": "12305",
            "invoice_id": "308976",
            "type": "Other",
            "item_id": "0",
            "description": "Example Service",
            "amount": "15.00",
            "taxed": "1",
            "qty": "1.00",
            "linetotal": "15.00"
          },
          {
            "id": "12309",
            "invoice_id": "308976",
            "type": "Other",
            "item_id": "-2",
            "description": "PayPal Payment Fee",
            "amount": "1.24",
            "taxed": "1",
            "qty": "1.00",
            "linetotal": "1.24"
          }
        ],
        "client": {
          "id": "26",
          "email": "api@example.com",
          "firstname": "Joe",
          "lastname": "Doe",
          "companyname": "",
          "address1": "Pretty View Lane",
          "address2": "3194",
          "city": "Santa Rosa",
          "state": "California",
          "postcode": "95401",
          "country": "US",
          "phonenumber": "+1.24123123"
        },
        "number": "2016/12/1",
        "currency": "USD"
      }
    }
  },
  {
    "doc": "GET /payment",
    "method": "GET",
    "path": "/payment",
    "auth": true,
    "body": null,
    "response": {
      "payments": {
        "10": "BankTransfer",
        "9": "PayPal"
      }
    }
  },
  {
    "doc": "GET /payment/fees",
    "method": "GET",
    "path": "/payment/fees",
    "auth": true,
    "body": null,
    "response": {
      "payments": [
        {
          "id": 1,
          "name": "Bank Transfer",
          "fixed_fee": "0.0",
          "percent_fee": "0.0"
        },
        {
          "id": 2,
          "name": "Stripe",
          "fixed_fee": "0.5",
          "percent_fee": "2.9"
        },
        {
          "id": 4,
          "name": "Credit Card",
          "fixed_fee": "0.1",
          "percent_fee": "2.4"
        },
        {
          "id": 5,
          "name": "PayPal",
          "fixed_fee": "0.3",
          "percent_fee": "2.9"
        }
      ]
    }
  },
  {
    "doc": "GET /service",
    "method": "GET",
    "path": "/service",
    "auth": true,
    "body": null,
    "response": {
      "services": [
        {
          "id": "301",
          "domain": "examplename.com",
          "total": "9.99",
          "status": "Pending",
          "billingcycle": "Monthly",
          "next_due": "2017-12-30",
          "category": "Hosting",
          "category_url": "hosting",
          "name": "Starter Hosting"
        }
      ]
    }
  },
  {
    "doc": "GET /service/@id/methods",
    "method": "GET",
    "path": "/service/@id/methods",
    "auth": true,
    "body": null,
    "response": {
      "methods": [
        {
          "name": "Upgrade Request",
          "method": "POST",
          "route": "/service/@id/upgrade"
        },
        {
          "name": "Upgrade Options",
          "method": "GET",
          "route": "/service/@id/upgrade"
        },
        {
          "name": "Change service label",
          "method": "POST",
          "route": "/service/@id/label"
        },
        {
          "name": "Service label",
          "method": "GET",
          "route": "/service/@id/label"
        },
        {
          "name": "Cancel Service",
          "method": "POST",
          "route": "/service/@id/cancel"
        }
      ]
    }
  },
  {
    "doc": "GET /service/@id/upgrade",
    "method": "GET",
    "path": "/service/@id/upgrade",
    "auth": true,
    "body": null,
    "response": {
      "resources": [
        {
          "id": 1557,
          "name": "Bandwidth",
          "type": "select",
          "items": [
            {
              "id": "9953",
              "name": "100 GB",
              "price": 1,
              "setup_price": 0,
              "selected": true
            },
            {
              "id": "10103",
              "name": "500 GB",
              "price": 5,
              "setup_price": 0,
              "selected": false
            },
            {
              "id": "10104",
              "name": "1 TB",
              "price": 10,
              "setup_price": 0,
              "selected": false
            }
          ]
        }
      ],
      "package": []
    }
  },
  {
    "doc": "POST /service/@id/cancel",
    "method": "POST",
    "path": "/service/@id/cancel",
    "auth": true,
    "body": {
      "immediate": "immediateValue",
      "reason": "reasonValue"
    },
    "response": {
      "info": [
        "cancell_sent"
      ]
    }
  },
  {
    "doc": "GET /service/@id/label",
    "method": "GET",
    "path": "/service/@id/label",
    "auth": true,
    "body": null,
    "response": {
      "label": "example"
    }
  },
  {
    "doc": "POST /service/@id/label",
    "method": "POST",
    "path": "/service/@id/label",
    "auth": true,
    "body": {
      "label": "labelValue"
    },
    "response": {
      "success": true,
      "info": [
        "label_updated"
      ]
    }
  },
  {
    "doc": "GET /service/@id",
    "method": "GET",
    "path": "/service/@id",
    "auth": true,
    "body": null,
    "response": {
      "service": {
        "id": "301",
        "date_created": "2016-12-30",
        "domain": "examplename.com",
        "firstpayment": "9.99",
        "total": "9.99",
        "billingcycle": "Monthly",
        "next_due": "2017-12-30",
        "next_invoice": "2017-01-27",
        "status": "Active",
        "label": "",
        "username": "examplen",
        "name": "Starter Hosting"
      }
    }
  },
  {
    "doc": "POST /service/@id/upgrade",
    "method": "POST",
    "path": "/service/@id/upgrade",
    "auth": true,
    "body": {
      "resources": "resourcesValue",
      "package": "packageValue",
      "cycle": "cycleValue",
      "send": "sendValue"
    },
    "response": null
  },
  {
    "doc": "GET /service/order/@order_num",
    "method": "GET",
    "path": "/service/order/@order_num",
    "auth": true,
    "body": null,
    "response": {
      "account_id": 1302
    }
  },
  {
    "doc": "GET /category",
    "method": "GET",
    "path": "/category",
    "auth": true,
    "body": null,
    "response": {
      "categories": [
        {
          "id": "10",
          "name": "Hosting",
          "description": "",
          "slug": "hosting"
        },
        {
          "id": "6",
          "name": "Domains",
          "description": "",
          "slug": "domains"
        },
        {
          "id": "16",
          "name": "Dedicated",
          "description": "",
          "slug": "dedicated"
        }
      ]
    }
  },
  {
    "doc": "GET /category/@category_id/product",
    "method": "GET",
    "path": "/category/@category_id/product",
    "auth": true,
    "body": null,
    "response": {
      "products": [
        {
          "id": "333",
          "type": "1",
          "name": "Starter Hosting",
          "stock": false,
          "paytype": "Regular",
          "description": "Disk:10GB",
          "qty": "0",
          "tags": [],
          "periods": [
            {
              "title": "m",
              "value": "m",
              "price": 9.99,
              "setup": 0,
              "selected": true
            },
            {
              "title": "a",
              "value": "a",
              "price": 109.89,
              "setup": 0,
              "selected": false
            },
            {
              "title": "b",
              "value": "b",
              "price": 199.8,
              "setup": 0,
              "selected": false
            },
            {
              "title": "t",
              "value": "t",
              "price": 299.7,
              "setup": 0,
              "selected": false
            }
          ]
        }
      ]
    }
  },
  {
    "doc": "GET /order/@product_id",
    "method": "GET",
    "path": "/order/@product_id",
    "auth": true,
    "body": null,
    "response": {
      "product": {
        "id": "333",
        "category_name": "Hosting",
        "category_id": "49",
        "name": "Starter Hosting",
        "price": 9.99,
        "recurring": "m",
        "setup": 0,
        "config": {
          "product": [
            {
              "type": "select",
              "title": "pickcycle",
              "id": "cycle",
              "name": "cycle",
              "items": [
                {
                  "title": "m",
                  "value": "m",
                  "price": 9.99,
                  "setup": 0,
                  "selected": true
                },
                {
                  "title": "a",
                  "value": "a",
                  "price": 109.89,
                  "setup": 0,
                  "selected": false
                },
                {
                  "title": "b",
                  "value": "b",
                  "price": 199.8,
                  "setup": 0,
                  "selected": false
                },
                {
                  "title": "t",
                  "value": "t",
                  "price": 299.7,
                  "setup": 0,
                  "selected": false
                }
              ],
              "value": "m",
              "price": 9.99,
              "setup": 0
            },
            {
              "type": "input",
              "title": "domain",
              "id": "domain",
              "name": "domain",
              "value": null
            }
          ],
          "forms": [
            {
              "type": "select",
              "title": "Disk Size",
              "id": "1618",
              "firstItemId": 10330,
              "description": "",
              "name": "custom[1618]",
              "required": false,
              "multiple": false,
              "config": {
                "conditionals": []
              },
              "value": [],
              "textvalue": [],
              "price": 0,
              "recurring_price": 0,
              "setup": 0,
              "prorata_date": null,
              "items": [
                {
                  "title": "512MB",
                  "value": 1,
                  "id": 10330,
                  "price": 0,
                  "setup": 0,
                  "selected": false
                },
                {
                  "title": "1GB",
                  "value": 1,
                  "id": 10331,
                  "price": 0,
                  "setup": 0,
                  "selected": false
                },
                {
                  "title": "2GB",
                  "value": 1,
                  "id": 10332,
                  "price": 0,
                  "setup": 0,
                  "selected": false
                }
              ]
            }
          ],
          "addons": [
            {
              "type": "subitem",
              "title": "Cpanel2: Add Extra IP",
              "id": "31",
              "value": null,
              "description": "Automatically adds IP address to account",
              "config": [
                {
                  "type": "checkbox",
                  "title": "add",
                  "name": "addon[31]",
                  "checked": false
                },
                {
                  "type": "select",
                  "title": "billingcycle",
                  "name": "addon_cycles[31]",
                  "items": [
                    {
                      "title": "m",
                      "value": "m",
                      "price": 5,
                      "setup": 0,
                      "selected": true
                    },
                    {
                      "title": "q",
                      "value": "q",
                      "price": 20,
                      "setup": 0,
                      "selected": false
                    },
                    {
                      "title": "a",
                      "value": "a",
                      "price": 50,
                      "setup": 0,
                      "selected": false
                    }
                  ]
                }
              ],
              "price": 0,
              "recurring_price": 0,
              "setup": 0,
              "prorata_date": null
            }
          ],
          "subproducts": []
        },
        "recurring_price": 9.99,
        "prorata_date": null
      }
    }
  },
  {
    "doc": "POST /order",
    "method": "POST",
    "path": "/order",
    "auth": true,
    "body": {
      "pay_method": 1,
      "items": [
        {
          "type": "product",
          "product_id": 1080,
          "domain": "hosting.com",
          "cycle": "a"
        },
        {
          "type": "certificate",
          "product_id": 840,
          "csr": "-----BEGIN CERTIFICATE REQUEST----- (...)",
          "years": 1,
          "approver_email": "admin@hosting.com"
        }
      ]
    },
    "response": {
      "order_num_list": [
        179534732,
        179534732,
        179534732
      ],
      "invoice_id": "503425",
      "total": "94.40",
      "items": [
        {
          "type": "Hosting",
          "id": "1025",
          "name": "hosting.com",
          "product_id": "1080"
        },
        {
          "type": "Hosting",
          "id": "1026",
          "name": "hosting.com",
          "product_id": "840"
        },
        {
          "type": "Domain Register",
          "id": "354",
          "name": "hosting.com",
          "product_id": "6"
        }
      ]
    }
  },
  {
    "doc": "POST /quote",
    "method": "POST",
    "path": "/quote",
    "auth": true,
    "body": {
      "pay_method": "pay_methodValue",
      "items": "itemsValue"
    },
    "response": {
      "summary": {
        "subtotal": 72.2,
        "total": 88.81,
        "credit": 0,
        "discount": 0,
        "cost": 72.2,
        "recurring": [
          {
            "title": "Annually",
            "price": 81.18,
            "value": "a"
          },
          {
            "title": "Monthly",
            "price": 1.48,
            "value": "m"
          }
        ],
        "tax": [
          {
            "name": "VAT",
            "tax": 16.61,
            "value": 23
          }
        ]
      },
      "items": [
        {
          "product": {
            "id": 1080,
            "category_name": "SSL",
            "category_id": 69,
            "name": "GeoTrust QuickSSL Premium",
            "domain": "test.api"
          },
          "domains": {},
          "coupon": {},
          "index": 0,
          "valid": true,
          "info": [],
          "error": []
        },
        {
          "product": {
            "id": 840,
            "category_name": "Proxmox",
            "category_id": 19,
            "name": "VPS",
            "domain": "user.test.api"
          },
          "domains": {},
          "coupon": {},
          "index": 1,
          "valid": true,
          "info": [],
          "error": []
        },
        {
          "product": null,
          "domains": {
            "hosting.com": {
              "id": 6,
              "index": 0,
              "category_id": "6",
              "category_name": "Domains",
              "name": "hosting.com",
              "tld": ".com",
              "period": 1,
              "price": "12.00"
            }
          },
          "coupon": {},
          "index": 2,
          "valid": true,
          "info": [],
          "error": []
        }
      ]
    }
  },
  {
    "doc": "POST /order/@product_id",
    "method": "POST",
    "path": "/order/@product_id",
    "auth": true,
    "body": {
      "domain": "domainValue",
      "cycle": "cycleValue",
      "pay_method": "pay_methodValue",
      "custom": "customValue",
      "promocode": "promocodeValue"
    },
    "response": {
      "order_num": 873340995,
      "invoice_id": "308979",
      "total": "9.99"
    }
  },
  {
    "doc": "GET /category/available/vps",
    "method": "GET",
    "path": "/category/available/vps",
    "auth": true,
    "body": null,
    "response": [
      {
        "id": 0,
        "name": "Linux",
        "description": "- CPU: ...</li></ul>",
        "prices": [
          "aaa"
        ],
        "components": [
          "aaa"
        ],
        "addons": [
          "aaa"
        ],
        "upgrades": [
          "70",
          "50",
          "34"
        ]
      }
    ]
  },
  {
    "doc": "POST /service/@id/addon",
    "method": "POST",
    "path": "/service/@id/addon",
    "auth": true,
    "body": {
      "addon_id": "addon_idValue"
    },
    "response": {
      "id": 83
    }
  },
  {
    "doc": "GET /service/@id/addon",
    "method": "GET",
    "path": "/service/@id/addon",
    "auth": true,
    "body": null,
    "response": {
      "id": 4,
      "name": "Additional IP",
      "status": "Pending"
    }
  },
  {
    "doc": "GET /dns",
    "method": "GET",
    "path": "/dns",
    "auth": true,
    "body": null,
    "response": {
      "service_ids": [
        "10",
        "20"
      ],
      "zones": [
        {
          "domain_id": "60",
          "name": "booble.com",
          "service_id": "10"
        },
        {
          "domain_id": "61",
          "name": "bgg12ooble.com",
          "service_id": "20"
        }
      ]
    }
  },
  {
    "doc": "POST /service/@service_id/dns",
    "method": "POST",
    "path": "/service/@service_id/dns",
    "auth": true,
    "body": {
      "name": "nameValue"
    },
    "response": {
      "info": [
        "Domain zone testzone.com was created successfully."
      ]
    }
  },
  {
    "doc": "GET /service/@service_id/dns/@zone_id",
    "method": "GET",
    "path": "/service/@service_id/dns/@zone_id",
    "auth": true,
    "body": null,
    "response": {
      "service_id": 10,
      "name": "booble.com",
      "records": [
        {
          "id": "10",
          "name": "qwerty",
          "ttl": 1800,
          "priority": 0,
          "content": "127.0.0.1",
          "type": "A"
        },
        {
          "id": "11",
          "name": "qwerty",
          "ttl": 1800,
          "priority": 0,
          "content": "ns1.qwerty.com",
          "type": "NS"
        }
      ]
    }
  },
  {
    "doc": "DELETE /service/@service_id/dns/@zone_id",
    "method": "DELETE",
    "path": "/service/@service_id/dns/@zone_id",
    "auth": true,
    "body": null,
    "response": {
      "info": [
        "Domain zone testzone.com was deleted successfully."
      ]
    }
  },
  {
    "doc": "POST /service/@service_id/dns/@zone_id/records",
    "method": "POST",
    "path": "/service/@service_id/dns/@zone_id/records",
    "auth": true,
    "body": {
      "name": "nameValue",
      "ttl": "ttlValue",
      "priority": "priorityValue",
      "type": "typeValue",
      "content": "contentValue"
    },
    "response": {
      "info": [
        "Domain zone testzone.com was created successfully."
      ]
    }
  },
  {
    "doc": "PUT /service/@service_id/dns/@zone_id/records/@record_id",
    "method": "PUT",
    "path": "/service/@service_id/dns/@zone_id/records/@record_id",
    "auth": true,
    "body": {
      "name": "nameValue",
      "ttl": "ttlValue",
      "priority": "priorityValue",
      "type": "typeValue",
      "content": "contentValue"
    },
    "response": {
      "record": {
        "id": "55",
        "type": "A",
        "ttl": "3600",
        "name": "test",
        "priority": 0,
        "content": "192.168.1.2"
      },
      "info": [
        "The record was updated successfully."
      ]
    }
  },
  {
    "doc": "DELETE /service/@service_id/dns/@zone_id/records/@record_id",
    "method": "DELETE",
    "path": "/service/@service_id/dns/@zone_id/records/@record_id",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "GET /certificate",
    "method": "GET",
    "path": "/certificate",
    "auth": true,
    "body": null,
    "response": {
      "sslservices": [
        {
          "id": "300",
          "domain": "examplename.com",
          "total": "27.85",
          "status": "Pending",
          "billingcycle": "Annually",
          "next_due": "2017-12-30",
          "category": "GoGetSSL",
          "category_url": "gogetssl",
          "name": "Comodo InstantSSL",
          "cert_email": "admin@example.com",
          "cert_status": "",
          "cert_expires": "2017-12-30 13:43:12"
        }
      ]
    }
  },
  {
    "doc": "GET /certificate/@id",
    "method": "GET",
    "path": "/certificate/@id",
    "auth": true,
    "body": null,
    "response": {
      "service": {
        "id": "300",
        "date_created": "2016-12-30",
        "domain": "examplename.com",
        "firstpayment": "27.85",
        "total": "27.85",
        "billingcycle": "Annually",
        "next_due": "2017-12-30",
        "next_invoice": "2017-10-31",
        "status": "Pending",
        "label": "",
        "name": "Comodo InstantSSL",
        "cert_status": "",
        "cert_expires": "2017-12-30 13:43:12",
        "csr": "-----BEGIN CERTIFICATE REQUEST----- ...",
        "contacts": {
          "admin": {
            "FName": "Mary",
            "LName": "Sue",
            "City": "Santa Rosa",
            "State": "California",
            "PostalCode": "95401",
            "EmailAddress": "mary@example.com",
            "Country": "US",
            "Address1": "Pretty View Lane",
            "Address2": "3194",
            "Phone": 24123223,
            "OrgName": "n/a",
            "PreFix": 1,
            "JobTitle": "n/a"
          },
          "billing": {},
          "tech": {}
        },
        "organization": {
          "state": "Texas",
          "country": "US",
          "name": "My Org name",
          "unit": "Dev",
          "locality": "SanAntonio",
          "postalcode": "n/a",
          "address2": "n/a",
          "address1": "n/a"
        },
        "cert_email": "admin@example.com",
        "software": "1"
      }
    }
  },
  {
    "doc": "GET /certificate/@id/crt",
    "method": "GET",
    "path": "/certificate/@id/crt",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "GET /certificate/order",
    "method": "GET",
    "path": "/certificate/order",
    "auth": true,
    "body": null,
    "response": {
      "products": [
        {
          "id": "25",
          "name": "InstantSSL",
          "description": "",
          "periods": [
            {
              "years": 1,
              "price": 27.85,
              "renew": 27.85
            },
            {
              "years": 2,
              "price": 48.75,
              "renew": 48.75
            }
          ],
          "category": "SSL Certificates",
          "category_url": "sslcertificates"
        }
      ]
    }
  },
  {
    "doc": "GET /certificate/order/@product_id/software",
    "method": "GET",
    "path": "/certificate/order/@product_id/software",
    "auth": true,
    "body": null,
    "response": {
      "software": [
        {
          "id": 0,
          "name": "AOL"
        },
        {
          "id": 1,
          "name": "Apache-SSL (Ben-SSL, not Stronghold)"
        }
      ]
    }
  },
  {
    "doc": "POST /certificate/order",
    "method": "POST",
    "path": "/certificate/order",
    "auth": true,
    "body": {
      "product_id": "product_idValue",
      "csr": "csrValue",
      "years": "yearsValue",
      "pay_method": "pay_methodValue",
      "approver_email": "approver_emailValue",
      "admin": "adminValue",
      "tech": "techValue",
      "billing": "billingValue",
      "organization": "organizationValue",
      "software": "softwareValue",
      "data": "dataValue"
    },
    "response": {
      "order_num": 873340994,
      "invoice_id": "308978",
      "total": "27.85"
    }
  },
  {
    "doc": "GET /server",
    "method": "GET",
    "path": "/server",
    "auth": true,
    "body": null,
    "response": {
      "server_id": 110,
      "domain": "server.domain.name",
      "ip": "1.2.3.4",
      "date_created": "2017-01-31",
      "synch_date": "2017-01-31 15:35:00",
      "label": "Data Server",
      "type": "OpenVZ"
    }
  },
  {
    "doc": "GET /server/@server_id",
    "method": "GET",
    "path": "/server/@server_id",
    "auth": true,
    "body": null,
    "response": {
      "synch_date": "2018-07-18T14:04:34+00:00",
      "package_id": 11,
      "domain": "server.domain.name",
      "label": "Data Server",
      "status": "Active",
      "cpu_frequency": 2333,
      "cpu_cores": 1,
      "ram_limit": 462,
      "ram_used": 56,
      "disk_limit": 12107,
      "disk_usage": 859,
      "bw_limit": 4938,
      "bw_in": 372,
      "bw_out": 336,
      "os": "ubuntu-16.04-x86_64",
      "ip": "123.123.123.123",
      "additional_ip": [
        "124.124.124.124",
        "125.125.125.125"
      ],
      "dns_servers": null,
      "components": [
        {
          "id": 123,
          "name": "Daily and weekly backups",
          "selected": false
        }
      ],
      "active_task": null,
      "last_tasks": null
    }
  },
  {
    "doc": "GET /server/@server_id/task/@task_id",
    "method": "GET",
    "path": "/server/@server_id/task/@task_id",
    "auth": true,
    "body": null,
    "response": {
      "name": "server_reboot",
      "activated": "2018-05-31T10:25:24+00:00",
      "assigned": "2018-05-31T10:26:24+00:00",
      "completed": "2018-05-31T10:27:24+00:00",
      "results": "VM rebooted successfully"
    }
  },
  {
    "doc": "POST /server/@server_id/reboot",
    "method": "POST",
    "path": "/server/@server_id/reboot",
    "auth": true,
    "body": null,
    "response": {
      "task_id": 9367
    }
  },
  {
    "doc": "POST /server/@server_id/reinstall",
    "method": "POST",
    "path": "/server/@server_id/reinstall",
    "auth": true,
    "body": {
      "os": "osValue",
      "script": "scriptValue",
      "ssh_key": "ssh_keyValue"
    },
    "response": {
      "task_id": 100390
    }
  },
  {
    "doc": "POST /server/@server_id/resetpassword",
    "method": "POST",
    "path": "/server/@server_id/resetpassword",
    "auth": true,
    "body": null,
    "response": {
      "task_id": 42425
    }
  },
  {
    "doc": "POST /server/@server_id/webconsole",
    "method": "POST",
    "path": "/server/@server_id/webconsole",
    "auth": true,
    "body": {
      "timeout": "timeoutValue",
      "whitelabel": "whitelabelValue"
    },
    "response": {
      "task_id": 70346
    }
  },
  {
    "doc": "POST /server/@server_id/rename",
    "method": "POST",
    "path": "/server/@server_id/rename",
    "auth": true,
    "body": {
      "hostname": "hostnameValue"
    },
    "response": {
      "task_id": 67226
    }
  },
  {
    "doc": "POST /server/@server_id/changeptr",
    "method": "POST",
    "path": "/server/@server_id/changeptr",
    "auth": true,
    "body": {
      "ip_address": "ip_addressValue",
      "hostname": "hostnameValue"
    },
    "response": {
      "task_id": 71901
    }
  },
  {
    "doc": "POST /server/@server_id/flushfirewall",
    "method": "POST",
    "path": "/server/@server_id/flushfirewall",
    "auth": true,
    "body": null,
    "response": {
      "task_id": 103267
    }
  },
  {
    "doc": "POST /server/@server_id/changedns",
    "method": "POST",
    "path": "/server/@server_id/changedns",
    "auth": true,
    "body": {
      "ns1": "ns1Value",
      "ns2": "ns2Value",
      "ns3": "ns3Value",
      "ns4": "ns4Value"
    },
    "response": {
      "task_id": 105277
    }
  },
  {
    "doc": "GET /server/@server_id/oses",
    "method": "GET",
    "path": "/server/@server_id/oses",
    "auth": true,
    "body": null,
    "response": [
      {
        "os": "centos-7-x86_64",
        "title": "Centos 7"
      }
    ]
  },
  {
    "doc": "GET /server/@server_id/ips",
    "method": "GET",
    "path": "/server/@server_id/ips",
    "auth": true,
    "body": null,
    "response": [
      {
        "ips": [
          "123.123.123.123",
          "124.124.124.124"
        ]
      }
    ]
  },
  {
    "doc": "GET /server/@server_id/graphs/@width",
    "method": "GET",
    "path": "/server/@server_id/graphs/@width",
    "auth": true,
    "body": null,
    "response": [
      {
        "type": "cpu_daily",
        "url": "//.../graph.php?...VrBFovT0mOE0OZFwNrUf"
      }
    ]
  },
  {
    "doc": "GET /server/@server_id/history",
    "method": "GET",
    "path": "/server/@server_id/history",
    "auth": true,
    "body": null,
    "response": [
      {
        "year": 0,
        "month": 0,
        "bw_in": 51952,
        "bw_out": 10975,
        "quota_usage": 55899,
        "quota_limit": 96406,
        "inode_usage": 64717,
        "inode_limit": 22861
      }
    ]
  },
  {
    "doc": "GET /scripts",
    "method": "GET",
    "path": "/scripts",
    "auth": true,
    "body": null,
    "response": {
      "id": 403,
      "name": "My Init Script",
      "syntax": "python"
    }
  },
  {
    "doc": "GET /scripts/@id",
    "method": "GET",
    "path": "/scripts/@id",
    "auth": true,
    "body": null,
    "response": {
      "id": 504,
      "name": "My Init Script",
      "syntax": "python",
      "content": "import os..."
    }
  },
  {
    "doc": "GET /vpn/servers",
    "method": "GET",
    "path": "/vpn/servers",
    "auth": true,
    "body": null,
    "response": {
      "id": 13,
      "name": "LT#1",
      "city": "Vilnius",
      "region": "Europe",
      "ip": "1.2.3.4",
      "lat": 56,
      "lng": 24,
      "load": 44,
      "available": true
    }
  },
  {
    "doc": "GET /vpn/clients",
    "method": "GET",
    "path": "/vpn/clients",
    "auth": true,
    "body": null,
    "response": {
      "name": "AndroidVPN",
      "version": "1.0.6",
      "url": "https://downloads.time4vps.com/clients/..."
    }
  },
  {
    "doc": "GET /vpn/servers/@id/config/@template",
    "method": "GET",
    "path": "/vpn/servers/@id/config/@template",
    "auth": true,
    "body": null,
    "response": {
      "template": "m5hdGVPbkZhaWw9MQ=="
    }
  },
  {
    "doc": "GET /vpn/logindetails",
    "method": "GET",
    "path": "/vpn/logindetails",
    "auth": true,
    "body": null,
    "response": null
  },
  {
    "doc": "GET /vpn/@id/details",
    "method": "GET",
    "path": "/vpn/@id/details",
    "auth": true,
    "body": null,
    "response": {
      "username": "foo12",
      "password": "qerty982",
      "shared_key": "my-super-secret-key"
    }
  },
  {
    "doc": "POST /vpn/@id/resetpassword",
    "method": "POST",
    "path": "/vpn/@id/resetpassword",
    "auth": true,
    "body": null,
    "response": {
      "password": "uBWQ8Hf$j&$*FA6p"
    }
  },
  {
    "doc": "GET /vpn/@id/history",
    "method": "GET",
    "path": "/vpn/@id/history",
    "auth": true,
    "body": null,
    "response": [
      {
        "period": "2020-04-10",
        "received": 37111240,
        "sent": 3781959,
        "quota": 507145582
      }
    ]
  },
  {
    "doc": "GET /vpn/@id/sessions",
    "method": "GET",
    "path": "/vpn/@id/sessions",
    "auth": true,
    "body": null,
    "response": [
      {
        "remote_ip": "1.2.3.4",
        "local_ip": "2.3.4.5",
        "received": 25131568,
        "sent": 3195368,
        "duration": 155,
        "doomed": true,
        "type": "OpenVPN",
        "serverID": 3,
        "serverName": "DE#1",
        "serverCity": "Frankfurt",
        "serverRegion": "Europe"
      }
    ]
  }
];
