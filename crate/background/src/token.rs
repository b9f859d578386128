//! The one network call of regpilot: an app-only token request (client-credentials grant) to
//! `https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`, made by the `oauth2` crate
//! over the worker's own `fetch`.
//!
//! The request is prepared and judged in the core ([`regpilot_core::credcheck`]): this module
//! only sends it. The secret goes in the request body (`AuthType::RequestBody`, as Microsoft's
//! client-credentials page shows it), never in the URL or a header; cookies are not sent
//! (`credentials: "omit"`); the request is aborted after a time limit (`AbortController`) and a
//! failed or aborted fetch is reported as a network failure or a time-out, not as Entra's verdict.
//!
//! `oauth2` (with `url` and `http`) lives in the background wasm only: the overlay's wasm has a
//! size budget and never talks to the token endpoint.

use std::cell::Cell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use oauth2::basic::{
    BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType,
};
use oauth2::{
    AsyncHttpClient, AuthType, Client, ClientId, ClientSecret, EmptyExtraTokenFields, HttpRequest,
    HttpResponse, RequestTokenError, Scope, StandardRevocableToken, StandardTokenResponse,
    TokenResponse, TokenUrl,
};
use regpilot_core::credcheck::{self, ErrorBody, Outcome, TokenRequest, GRAPH_DEFAULT_SCOPE};
use serde::{Deserialize, Serialize};

/// Entra's error body as `oauth2`'s error type, so `error_codes`, `trace_id` and the rest are
/// kept (the crate's `BasicErrorResponse` keeps only the standard fields).
#[derive(Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AadError(pub ErrorBody);

impl fmt::Display for AadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl oauth2::ErrorResponse for AadError {}

type Tokens = StandardTokenResponse<EmptyExtraTokenFields, BasicTokenType>;
/// The crate's client with Entra's error type; only the token endpoint is set.
type AadClient = Client<
    AadError,
    Tokens,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
>;

/// Why no HTTP response came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Aborted after this many milliseconds.
    Timeout(u32),
    /// The fetch failed (offline, DNS, TLS, refused, blocked).
    Network(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Timeout(ms) => write!(f, "timed out after {ms} ms"),
            FetchError::Network(d) => f.write_str(d),
        }
    }
}

impl std::error::Error for FetchError {}

/// Sends one HTTP request: `fetch` in the worker, a fake in host tests.
pub trait Transport {
    fn send(&self, request: HttpRequest) -> impl Future<Output = Result<HttpResponse, FetchError>>;
}

/// Adapts a [`Transport`] to `oauth2`, remembering the status of the response (the crate's
/// error for a refused request does not carry it).
struct Recorder<'t, T> {
    transport: &'t T,
    status: Cell<u16>,
}

impl<'c, T: Transport> AsyncHttpClient<'c> for Recorder<'_, T> {
    type Error = FetchError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, FetchError>> + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let response = self.transport.send(request).await?;
            self.status.set(response.status().as_u16());
            Ok(response)
        })
    }
}

/// Requests an app-only Microsoft Graph token and says what came of it.
pub async fn request_token<T: Transport>(
    request: &TokenRequest,
    secret: &str,
    transport: &T,
) -> Outcome {
    let Ok(url) = TokenUrl::new(request.url.clone()) else {
        return Outcome::Unexpected { status: 0 };
    };
    let client = AadClient::new(ClientId::new(request.client_id.clone()))
        .set_client_secret(ClientSecret::new(secret.to_owned()))
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(url);
    let http = Recorder {
        transport,
        status: Cell::new(0),
    };
    let result = client
        .exchange_client_credentials()
        .add_scope(Scope::new(GRAPH_DEFAULT_SCOPE.to_owned()))
        .request_async(&http)
        .await;
    let status = http.status.get();
    match result {
        Ok(tokens) => Outcome::from_access_token(tokens.access_token().secret()),
        Err(RequestTokenError::ServerResponse(AadError(body))) => Outcome::Refused { status, body },
        Err(RequestTokenError::Request(FetchError::Timeout(ms))) => Outcome::Timeout { ms },
        Err(RequestTokenError::Request(FetchError::Network(detail))) => Outcome::Network { detail },
        // An answer oauth2 could not read (HTML from a proxy, a 5xx): the core decides.
        Err(RequestTokenError::Parse(_, body)) => {
            credcheck::parse_response(status, &String::from_utf8_lossy(&body))
        }
        Err(RequestTokenError::Other(_)) => Outcome::Unexpected { status },
    }
}

/// `fetch` in the service worker, with a time limit.
pub struct Fetch {
    pub timeout_ms: u32,
}

#[cfg(target_arch = "wasm32")]
impl Transport for Fetch {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, FetchError> {
        use js_sys::{Function, Reflect, Uint8Array};
        use wasm_bindgen::prelude::*;
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        use web_sys::{
            AbortController, Headers, RequestCache, RequestCredentials, RequestInit, Response,
        };

        let network = |e: JsValue| FetchError::Network(js_error_text(&e));
        let global = js_sys::global();
        let controller = AbortController::new().map_err(network)?;
        let init = RequestInit::new();
        init.set_method(request.method().as_str());
        let headers = Headers::new().map_err(network)?;
        for (name, value) in request.headers() {
            if let Ok(v) = value.to_str() {
                headers.append(name.as_str(), v).map_err(network)?;
            }
        }
        init.set_headers(&headers);
        init.set_body(&Uint8Array::from(request.body().as_slice()));
        init.set_credentials(RequestCredentials::Omit);
        init.set_cache(RequestCache::NoStore);
        init.set_signal(Some(&controller.signal()));

        // The time limit: abort the fetch; its rejection then says AbortError.
        let abort = Closure::once_into_js(move || controller.abort());
        let set_timeout: Function = Reflect::get(&global, &JsValue::from_str("setTimeout"))
            .map_err(network)?
            .dyn_into()
            .map_err(network)?;
        let timer = set_timeout
            .call2(&global, &abort, &JsValue::from(self.timeout_ms))
            .map_err(network)?;
        let clear = || {
            if let Ok(f) = Reflect::get(&global, &JsValue::from_str("clearTimeout")) {
                if let Ok(f) = f.dyn_into::<Function>() {
                    let _ = f.call1(&global, &timer);
                }
            }
        };

        let fetch: Function = Reflect::get(&global, &JsValue::from_str("fetch"))
            .map_err(network)?
            .dyn_into()
            .map_err(network)?;
        let url = request.uri().to_string();
        let promise: js_sys::Promise = fetch
            .call2(&global, &JsValue::from_str(&url), &init)
            .map_err(network)?
            .dyn_into()
            .map_err(network)?;
        let outcome = async {
            let response: Response = JsFuture::from(promise).await?.dyn_into()?;
            let text = JsFuture::from(response.text()?)
                .await?
                .as_string()
                .unwrap_or_default();
            Ok::<_, JsValue>((response, text))
        }
        .await;
        clear();
        let (response, text) = outcome.map_err(|e| {
            let aborted = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError");
            if aborted {
                FetchError::Timeout(self.timeout_ms)
            } else {
                network(e)
            }
        })?;
        let mut builder = oauth2::http::Response::builder().status(response.status());
        if let Ok(Some(ct)) = response.headers().get("content-type") {
            builder = builder.header(oauth2::http::header::CONTENT_TYPE, ct);
        }
        builder
            .body(text.into_bytes())
            .map_err(|e| FetchError::Network(e.to_string()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Transport for Fetch {
    async fn send(&self, _request: HttpRequest) -> Result<HttpResponse, FetchError> {
        Err(FetchError::Network(
            "fetch exists only in the browser".to_owned(),
        ))
    }
}

/// A JS error as one line of text (`TypeError: Failed to fetch`).
#[cfg(target_arch = "wasm32")]
fn js_error_text(e: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "fetch failed".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::task::{Context, Poll, Waker};

    /// Runs a future that never waits on anything real (the fake transport answers at once).
    fn block_on<F: Future>(f: F) -> F::Output {
        let mut f = std::pin::pin!(f);
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    /// Answers with a canned response and keeps the request it saw.
    struct Fake {
        answer: Result<(u16, &'static str, String), FetchError>,
        seen: RefCell<Option<HttpRequest>>,
    }

    impl Fake {
        fn json(status: u16, body: String) -> Fake {
            Fake {
                answer: Ok((status, "application/json; charset=utf-8", body)),
                seen: RefCell::new(None),
            }
        }
    }

    impl Transport for Fake {
        async fn send(&self, request: HttpRequest) -> Result<HttpResponse, FetchError> {
            *self.seen.borrow_mut() = Some(request);
            let (status, ct, body) = self.answer.clone()?;
            Ok(oauth2::http::Response::builder()
                .status(status)
                .header(oauth2::http::header::CONTENT_TYPE, ct)
                .body(body.into_bytes())
                .unwrap())
        }
    }

    const TENANT: &str = "a4528e4a-1f6e-4572-9c7d-e5cf6e2bfc83";
    const CLIENT: &str = "a28e34be-b03a-4d57-a136-cb24746c7870";
    const SECRET: &str = "gJT7Q~ihA~2O76UMFxFkM~R5Kjp-1vRt_1fjO";

    fn request() -> TokenRequest {
        TokenRequest {
            url: format!("https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"),
            tenant: TENANT.into(),
            client_id: CLIENT.into(),
        }
    }

    /// An unsigned token whose `roles` claim lists `roles` (a JSON list's inside).
    fn token_with_roles(roles: &str) -> String {
        let claims = format!(r#"{{"aud":"https://graph.microsoft.com","tid":"{TENANT}","appid":"{CLIENT}","roles":[{roles}]}}"#);
        regpilot_core::credcheck::unsigned_jwt(&serde_json::from_str(&claims).expect("test claims"))
    }

    #[test]
    fn the_request_is_a_client_credentials_post_with_the_secret_in_the_body_only() {
        let body = format!(
            r#"{{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{}"}}"#,
            token_with_roles(r#""Mail.Send""#)
        );
        let fake = Fake::json(200, body);
        let outcome = block_on(request_token(&request(), SECRET, &fake));
        let seen = fake.seen.borrow_mut().take().unwrap();
        assert_eq!(seen.method(), oauth2::http::Method::POST);
        assert_eq!(seen.uri().to_string(), request().url);
        assert!(!seen.uri().to_string().contains(SECRET));
        assert!(
            seen.headers()
                .get(oauth2::http::header::AUTHORIZATION)
                .is_none(),
            "no Basic auth header"
        );
        assert_eq!(
            seen.headers()[oauth2::http::header::CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
        // The body oauth2 built holds exactly the fields the core specifies.
        let mut sent: Vec<(String, String)> = oauth2::url::form_urlencoded::parse(seen.body())
            .into_owned()
            .collect();
        let mut want: Vec<(String, String)> = credcheck::form_fields(CLIENT, SECRET)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        sent.sort();
        want.sort();
        assert_eq!(sent, want);
        match outcome {
            Outcome::Token { claims: Some(c) } => assert_eq!(c.roles, ["Mail.Send"]),
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn entra_errors_keep_their_codes_and_status() {
        let body = serde_json::json!({
            "error": "unauthorized_client",
            "error_description": "AADSTS700016: Application with identifier 'a28e34be-b03a-4d57-a136-cb24746c7870' was not found in the directory 'Contoso'.\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2026-03-02 13:05:09Z",
            "error_codes": [700016],
            "timestamp": "2026-03-02 13:05:09Z",
            "trace_id": "0000aaaa-11bb-cccc-dd22-eeeeee333333",
            "correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd",
            "error_uri": "https://login.microsoftonline.com/error?code=700016"
        });
        let outcome = block_on(request_token(
            &request(),
            SECRET,
            &Fake::json(400, body.to_string()),
        ));
        match outcome {
            Outcome::Refused { status, body } => {
                assert_eq!(status, 400);
                assert_eq!(body.code(), Some(700016));
                assert_eq!(body.correlation_id, "aaaa0000-bb11-2222-33cc-444444dddddd");
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn no_answer_is_a_network_failure_or_a_time_out_and_odd_answers_are_unexpected() {
        let fail = |e: FetchError| Fake {
            answer: Err(e),
            seen: RefCell::new(None),
        };
        assert_eq!(
            block_on(request_token(
                &request(),
                SECRET,
                &fail(FetchError::Timeout(1500))
            )),
            Outcome::Timeout { ms: 1500 }
        );
        assert_eq!(
            block_on(request_token(
                &request(),
                SECRET,
                &fail(FetchError::Network("Failed to fetch".into()))
            )),
            Outcome::Network {
                detail: "Failed to fetch".into()
            }
        );
        let html = Fake {
            answer: Ok((502, "text/html", "<h1>Bad gateway</h1>".into())),
            seen: RefCell::new(None),
        };
        assert_eq!(
            block_on(request_token(&request(), SECRET, &html)),
            Outcome::Unexpected { status: 502 }
        );
        let html200 = Fake {
            answer: Ok((200, "text/html", "<h1>Sign in to the proxy</h1>".into())),
            seen: RefCell::new(None),
        };
        assert_eq!(
            block_on(request_token(&request(), SECRET, &html200)),
            Outcome::Unexpected { status: 200 }
        );
    }
}
