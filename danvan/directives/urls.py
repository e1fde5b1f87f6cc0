from django.urls import path

from danvan.directives.views import activities, directives, tasks

app_name = "directives"

urlpatterns = [
    path("", directives.directive_list, name="directive_list"),
    path("van-ban/moi/", directives.directive_new, name="directive_new"),
    path("van-ban/<int:directive_id>/", directives.directive_detail, name="directive_detail"),
    path("van-ban/<int:directive_id>/sua/", directives.directive_edit, name="directive_edit"),
    path("nhiem-vu/", tasks.task_list, name="task_list"),
    path("nhiem-vu/moi/", tasks.task_new, name="task_new"),
    path("nhiem-vu/de-xuat/", tasks.task_propose, name="task_propose"),
    path("nhiem-vu/bao-cao.docx", tasks.task_review_docx, name="task_review_docx"),
    path("nhiem-vu/<int:task_id>/", tasks.task_detail, name="task_detail"),
    path("nhiem-vu/<int:task_id>/sua/", tasks.task_edit, name="task_edit"),
    path("nhiem-vu/<int:task_id>/rut-bao-cao/", tasks.task_withdraw, name="task_withdraw"),
    path("hoat-dong/", activities.activity_list, name="activity_list"),
    path("hoat-dong/moi/", activities.activity_new, name="activity_new"),
    path("hoat-dong/lich/", activities.calendar, name="calendar"),
    path("hoat-dong/dan-chu-co-so/", activities.compliance, name="compliance"),
    path("hoat-dong/lich-rieng/", activities.feed_manage, name="feed_manage"),
    path("hoat-dong/cam-ket/<int:commitment_id>/", activities.commitment_close, name="commitment_close"),
    path("hoat-dong/<int:activity_id>/", activities.activity_detail, name="activity_detail"),
    path("hoat-dong/<int:activity_id>/sua/", activities.activity_edit, name="activity_edit"),
    path("lich/<str:token>.ics", activities.feed, name="feed"),
]
