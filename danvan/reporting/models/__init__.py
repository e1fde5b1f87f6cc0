"""Periodic reporting's models, one module per part; import them from here (`danvan.reporting.models`)."""

from danvan.reporting.models.calendar import Reminder
from danvan.reporting.models.catalogue import FormCheck, FormIndicator, FormSection, Indicator, ReportForm
from danvan.reporting.models.excel import ImportJob
from danvan.reporting.models.rollup import RollupCell, RollupPending, UnitPeriodValue
from danvan.reporting.models.submissions import Submission, SubmissionSection, SubmissionValue
from danvan.reporting.models.synthesis import SynthesisDraft

__all__ = ["FormCheck", "FormIndicator", "FormSection", "ImportJob", "Indicator", "Reminder", "ReportForm", "RollupCell",
           "RollupPending", "Submission", "SubmissionSection", "SubmissionValue", "SynthesisDraft", "UnitPeriodValue"]
