"""The synthesis of a consultation: JSON, the .docx report, or the .xlsx list of every comment."""

from typing import Literal

from django.http import HttpResponse
from ninja import Router

from danvan.api.auth import AuthedRequest
from danvan.api.consultation.common import DOCX, ERRORS, XLSX
from danvan.api.params import Id
from danvan.consultation import selectors, synthesis

router = Router(tags=["Góp ý dự thảo"])


@router.get("/{consultation_id}/synthesis", response={200: dict, **ERRORS},
            summary="Tổng hợp ý kiến (json), báo cáo .docx hoặc danh sách .xlsx",
            openapi_extra={"responses": {200: {"description": "JSON, .docx hoặc .xlsx",
                                               "content": {"application/json": {}, DOCX: {}, XLSX: {}}}}})
def get_synthesis(request: AuthedRequest, consultation_id: Id, format: Literal["json", "docx", "xlsx"] = "json"):
    c = selectors.get_consultation(request.auth, consultation_id)
    if format == "json":
        return selectors.synthesis(request.auth, c)
    filename, content = (synthesis.synthesis_docx if format == "docx" else synthesis.comments_xlsx)(request.auth, c)
    response = HttpResponse(content, content_type=DOCX if format == "docx" else XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


