from django.http import HttpResponse


def _stub(request, **kwargs):
    return HttpResponse(status=404)


model_list = model_new = model_export = stats_page = stats_xlsx = stats_docx = model_detail = model_edit = _stub
model_action = _stub
