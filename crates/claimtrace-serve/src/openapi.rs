//! The OpenAPI 3 description of `/api/v1`, served at `/api/v1/openapi.json`
//! (a test checks that every route it names answers).

pub const DOCUMENT: &str = include_str!("../assets/openapi.json");
