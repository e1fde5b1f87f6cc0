"""The Excel exchange of a report form: the template a unit fills in (`template`), the check of a filled
one (`checks`), the flows the page and the API share (`flows`) and the background import (`tasks`).

Import from here: `from danvan.reporting import excel; excel.parse_upload(...)`.
"""

from danvan.reporting.excel.checks import count_rows, parse_upload
from danvan.reporting.excel.flows import UploadOutcome, template_download, upload
from danvan.reporting.excel.template import (
    ASYNC_ROWS,
    CODE_ROW,
    DATA_SHEET,
    FIRST_DATA_ROW,
    MAX_BYTES,
    MAX_ROWS,
    build_template,
    template_filename,
)
from danvan.reporting.selectors import existing_values, get_import_job, import_jobs_of

__all__ = [
    "ASYNC_ROWS", "CODE_ROW", "DATA_SHEET", "FIRST_DATA_ROW", "MAX_BYTES", "MAX_ROWS", "UploadOutcome",
    "build_template", "count_rows", "existing_values", "get_import_job", "import_jobs_of", "parse_upload",
    "template_download", "template_filename", "upload",
]
