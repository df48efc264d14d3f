"""``/api/claims/{id}/nanopub``: a claim as a signed nanopublication; ``/.well-known/claimgraph-nanopub-key``: the key
that checks the signatures."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from claimgraph.api.deps import StoreDep
from claimgraph.kg import nanopub

router = APIRouter(tags=["nanopublications"])


def _key(request: Request) -> nanopub.ServiceKey:
    return nanopub.service_key(request.app.state.nanopub_key)


@router.get(
    "/api/claims/{claim_id}/nanopub",
    response_class=Response,
    responses={
        200: {"content": {"application/trig": {}}, "description": "The claim's nanopublication (and its retraction, when retracted)"},
        404: {"description": "No claim has this id"},
        409: {"description": "The claim never was on the record (a candidate or a rejected claim)"},
        503: {"description": "The service has no key file to sign with (an in-memory store without CLAIMGRAPH_NANOPUB_KEY)"},
    },
)
def claim_nanopub(store: StoreDep, request: Request, claim_id: str) -> Response:
    """The claim as a nanopublication (head, assertion, provenance, publication info) with a trusty URI, signed with the
    service's key; a retracted claim's is followed by the retraction nanopublication that points at it. TriG."""
    found = nanopub.claim_nanopub(store, claim_id, _key(request))
    headers = {"Link": f'<{found.retraction_uri or found.uri}>; rel="canonical"'}
    return Response(found.text, media_type="application/trig", headers=headers)


@router.get(nanopub.PUBLIC_KEY_PATH, tags=["service"], responses={503: {"description": "The service has no key file"}})
def public_key(request: Request) -> dict[str, str]:
    """The public key that checks the signatures of this service's nanopublications (RSA, X.509 SubjectPublicKeyInfo
    in DER, base64: the ``npx:hasPublicKey`` of each one it signs)."""
    return {"algorithm": "RSA", "public_key": _key(request).public, "signer": str(nanopub.SERVICE)}
