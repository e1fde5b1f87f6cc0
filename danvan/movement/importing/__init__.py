"""The Excel import of a province's existing list of models: the template (`template`), the check of a
filled one (`checks`: every bad cell named, legacy area names through the lineage, duplicates) and the
import itself, at once or in the background (`jobs`). Reuses reporting's Excel pieces (opening a workbook
within the upload limits, the error shape)."""
