"""Citizens' forms on the portal: comments on open consultations, recommendations, status lookup; and the
staff's moderation queue of what citizens sent (quan-ly-cong/kiem-duyet/)."""

from django.urls import path

from danvan.portal.citizen import views

urlpatterns = [
    path("gop-y/", views.consultation_list, name="consultations"),
    path("gop-y/<int:public_consultation_id>/", views.consultation_detail, name="consultation"),
    path("gop-y/<int:public_consultation_id>/phan/<int:public_piece_id>/", views.piece_detail, name="piece"),
    path("gop-y/<int:public_consultation_id>/phan/<int:public_piece_id>/gui-y-kien/", views.piece_comment, name="piece_comment"),
    path("kien-nghi/", views.recommendation, name="recommendation"),
    path("tra-cuu/", views.status_lookup, name="status_lookup"),
    path("quan-ly-cong/kiem-duyet/", views.moderation_list, name="moderation_list"),
    path("quan-ly-cong/kiem-duyet/<int:moderation_id>/", views.moderation_detail, name="moderation_detail"),
    path("quan-ly-cong/kiem-duyet/<int:moderation_id>/<str:event>/", views.moderation_decide,
         name="moderation_decide"),
]
