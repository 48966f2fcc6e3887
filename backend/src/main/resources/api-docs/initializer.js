window.ui = SwaggerUIBundle({
  urls: [
    { url: '/openapi/integrations.v1.yaml', name: 'Integrations API v1' },
    { url: '/openapi/portal.v1.yaml', name: 'Debtor portal API v1' },
    { url: '/openapi/auth.v1.yaml', name: 'Staff sign-in API v1' },
    { url: '/openapi/staff.v1.yaml', name: 'Staff REST API v1 (exports)' },
  ],
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout',
  validatorUrl: null,
});
